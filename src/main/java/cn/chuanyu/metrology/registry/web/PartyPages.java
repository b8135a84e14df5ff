package cn.chuanyu.metrology.registry.web;

import cn.chuanyu.metrology.kernel.ConflictException;
import cn.chuanyu.metrology.kernel.FormErrors;
import cn.chuanyu.metrology.kernel.InvalidInputException;
import cn.chuanyu.metrology.registry.PartyDetails;
import cn.chuanyu.metrology.registry.PartyInspections;
import cn.chuanyu.metrology.registry.PartyKind;
import cn.chuanyu.metrology.registry.PartyQuery;
import cn.chuanyu.metrology.registry.PartyRegister;
import cn.chuanyu.metrology.registry.PartyStatus;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's register of parties: a filtered, sorted list and per party an edit form and its inspections. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class PartyPages {

    private static final int PAGE_SIZE = 50;

    private final PartyRegister register;
    private final PartyInspections inspections;

    PartyPages(PartyRegister register, PartyInspections inspections) {
        this.register = register;
        this.inspections = inspections;
    }

    @GetMapping("/admin/parties")
    String list(@RequestParam(required = false) String province, @RequestParam(required = false) PartyKind kind,
                @RequestParam(required = false) PartyStatus status,
                @RequestParam(defaultValue = "ID") PartyQuery.SortField sort,
                @RequestParam(defaultValue = "0") int page, Model model) {
        String chosen = "SC".equals(province) || "CQ".equals(province) ? province : null;
        int safePage = Math.max(0, Math.min(page, 10_000));
        model.addAttribute("parties", register.find(new PartyQuery(chosen, kind, null, status, sort, false,
                safePage, PAGE_SIZE)));
        model.addAttribute("province", chosen);
        model.addAttribute("kind", kind);
        model.addAttribute("status", status);
        model.addAttribute("sort", sort);
        model.addAttribute("page", safePage);
        return "registry/parties";
    }

    @GetMapping("/admin/parties/{id}")
    String edit(@PathVariable long id, Model model) {
        PartyDetails party = register.get(id);
        model.addAttribute("partyForm", PartyForm.of(party));
        return page(party, model);
    }

    @PostMapping("/admin/parties/{id}")
    String save(@PathVariable long id, @Valid @ModelAttribute("partyForm") PartyForm form, BindingResult errors,
                Model model, RedirectAttributes redirect) {
        PartyDetails party = register.get(id);
        if (!errors.hasErrors()) {
            try {
                register.update(id, form.getVersion(), form.toDraft(party));
                redirect.addFlashAttribute("done", "party.saved");
                return "redirect:/admin/parties/" + id;
            } catch (InvalidInputException invalid) {
                FormErrors.reject(errors, invalid);
            } catch (ConflictException conflict) {
                errors.reject("party.conflict");
            }
        }
        return page(party, model);
    }

    private String page(PartyDetails party, Model model) {
        model.addAttribute("party", party);
        model.addAttribute("inspections", inspections.of(party.id()));
        model.addAttribute("inspectionsLimit", PartyInspections.LIMIT);
        return "registry/party";
    }
}
