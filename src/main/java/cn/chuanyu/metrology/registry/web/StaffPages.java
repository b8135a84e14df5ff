package cn.chuanyu.metrology.registry.web;

import cn.chuanyu.metrology.kernel.FormErrors;
import cn.chuanyu.metrology.kernel.InvalidInputException;
import cn.chuanyu.metrology.registry.EnforcementCertificates;
import cn.chuanyu.metrology.registry.EnforcementCertificates.Standing;
import cn.chuanyu.metrology.registry.StaffDetails;
import cn.chuanyu.metrology.registry.StaffDraft;
import cn.chuanyu.metrology.registry.StaffQuery;
import cn.chuanyu.metrology.registry.StaffRegister;
import cn.chuanyu.metrology.registry.StaffRole;
import cn.chuanyu.metrology.registry.StaffSummary;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
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

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The administrator's register of inspectors and supervisors with their enforcement certificates (执法证): the list
 * flags a certificate that ends within 60 days or has ended, and the edit form records a new one.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class StaffPages {

    private static final int PAGE_SIZE = 100;

    private final StaffRegister register;
    private final Clock clock;

    StaffPages(StaffRegister register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    @GetMapping("/admin/staff")
    String list(@RequestParam(required = false) String province, @RequestParam(required = false) StaffRole role,
                @RequestParam(defaultValue = "CERTIFICATE_VALID_UNTIL") StaffQuery.SortField sort,
                @RequestParam(defaultValue = "false") boolean desc,
                @RequestParam(defaultValue = "0") int page, Model model) {
        String chosen = "SC".equals(province) || "CQ".equals(province) ? province : null;
        int safePage = Math.max(0, Math.min(page, 10_000));
        var found = register.find(new StaffQuery(chosen, role, null, null, sort, desc, safePage, PAGE_SIZE));
        LocalDate today = LocalDate.now(clock);
        List<Line> lines = found.content().stream().map(s -> line(s, today)).toList();
        model.addAttribute("staff", found);
        model.addAttribute("lines", lines);
        model.addAttribute("expiring", lines.stream().filter(l -> l.standing() == Standing.EXPIRING).count());
        model.addAttribute("expired", lines.stream().filter(l -> l.standing() == Standing.EXPIRED).count());
        model.addAttribute("province", chosen);
        model.addAttribute("role", role);
        model.addAttribute("sort", sort);
        model.addAttribute("desc", desc);
        model.addAttribute("page", safePage);
        return "registry/staff";
    }

    @GetMapping("/admin/staff/{id}")
    String edit(@PathVariable long id, Model model) {
        StaffDetails member = register.get(id);
        model.addAttribute("member", member);
        model.addAttribute("certificateForm", CertificateForm.of(member));
        return "registry/staff-member";
    }

    @PostMapping("/admin/staff/{id}")
    String save(@PathVariable long id, @Valid @ModelAttribute("certificateForm") CertificateForm form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        StaffDetails member = register.get(id);
        if (!errors.hasErrors()) {
            try {
                register.update(id, form.getVersion(), form.applyTo(member));
                redirect.addFlashAttribute("done", "staff.saved");
                return "redirect:/admin/staff/" + id;
            } catch (InvalidInputException invalid) {
                FormErrors.reject(errors, invalid);
            } catch (OptimisticLockingFailureException stale) {
                errors.reject("staff.conflict");
            }
        }
        model.addAttribute("member", member);
        return "registry/staff-member";
    }

    private static Line line(StaffSummary s, LocalDate today) {
        LocalDate until = s.enforcementCertificateValidUntil();
        return new Line(s, EnforcementCertificates.standing(until, today),
                until == null ? 0 : ChronoUnit.DAYS.between(today, until));
    }

    /** One line of the register: the person, how their certificate stands today and days left. */
    record Line(StaffSummary member, Standing standing, long daysLeft) {
    }

    /** The enforcement certificate as the edit form posts it, with the version it was read at. */
    static class CertificateForm {
        private int version;
        @Size(max = 40)
        private String enforcementCertificateNo;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate enforcementCertificateValidUntil;

        static CertificateForm of(StaffDetails member) {
            CertificateForm form = new CertificateForm();
            form.version = member.version();
            form.enforcementCertificateNo = member.enforcementCertificateNo();
            form.enforcementCertificateValidUntil = member.enforcementCertificateValidUntil();
            return form;
        }

        StaffDraft applyTo(StaffDetails member) {
            return new StaffDraft(member.staffNo(), member.role(), member.nameZh(), member.nameEn(),
                    member.province(), member.email(), member.active(), member.qualifications(),
                    member.conflicts().stream().map(c -> new StaffDraft.Conflict(c.partyId(), c.reason())).toList(),
                    enforcementCertificateNo, enforcementCertificateValidUntil);
        }

        public int getVersion() {
            return version;
        }

        public void setVersion(int version) {
            this.version = version;
        }

        public String getEnforcementCertificateNo() {
            return enforcementCertificateNo;
        }

        public void setEnforcementCertificateNo(String enforcementCertificateNo) {
            this.enforcementCertificateNo = enforcementCertificateNo;
        }

        public LocalDate getEnforcementCertificateValidUntil() {
            return enforcementCertificateValidUntil;
        }

        public void setEnforcementCertificateValidUntil(LocalDate enforcementCertificateValidUntil) {
            this.enforcementCertificateValidUntil = enforcementCertificateValidUntil;
        }
    }
}
