package cn.chuanyu.metrology.planning.web;

import cn.chuanyu.metrology.planning.Draws;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public page of a campaign's draw record (一公开), for people; the same record as JSON is linked from it. */
@Controller
class PublicDrawPages {

    /** Lists longer than this are cut on the page; the JSON record always has them whole. */
    static final int PAGE_ROWS = 2_000;

    private final Draws draws;

    PublicDrawPages(Draws draws) {
        this.draws = draws;
    }

    @GetMapping("/public/draws/{id}")
    String draw(@PathVariable long id, Model model) {
        model.addAttribute("draw", draws.publicRecord(id));
        model.addAttribute("pageRows", PAGE_ROWS);
        return "planning/public-draw";
    }
}
