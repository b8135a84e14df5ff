package cn.chuanyu.metrology.disclosure.web;

import cn.chuanyu.metrology.disclosure.DisclosureQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Set;

/** The public list of approved inspection results (结果公示), searchable, without sign-in and without people. */
@Controller
class PublicResultsPage {

    private static final int PAGE_SIZE = 50;
    private static final Set<String> PROVINCES = Set.of("SC", "CQ");

    private final DisclosureQueries disclosures;

    PublicResultsPage(DisclosureQueries disclosures) {
        this.disclosures = disclosures;
    }

    @GetMapping("/public/results")
    String results(@RequestParam(required = false) String q, @RequestParam(required = false) String province,
                   @RequestParam(defaultValue = "0") int page, Model model) {
        String text = q == null ? null : q.strip();
        String chosen = province != null && PROVINCES.contains(province) ? province : null;
        int from = Math.max(0, Math.min(page, 1000)) * PAGE_SIZE;
        model.addAttribute("q", text);
        model.addAttribute("province", chosen);
        model.addAttribute("page", from / PAGE_SIZE);
        var filter = new DisclosureQueries.Filter(chosen, text == null || text.length() > 100 ? null : text,
                PAGE_SIZE + 1, from);
        model.addAttribute("results", disclosures.search(filter));
        model.addAttribute("total", disclosures.count(filter));
        model.addAttribute("pageSize", PAGE_SIZE);
        return "disclosure/results";
    }
}
