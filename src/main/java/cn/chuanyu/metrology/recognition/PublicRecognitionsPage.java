package cn.chuanyu.metrology.recognition;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public register of recognitions in force (互认公示), searchable by party name or credit code, no sign-in. */
@Controller
class PublicRecognitionsPage {

    private static final int MAX_QUERY = 100;

    private final Recognitions recognitions;

    PublicRecognitionsPage(Recognitions recognitions) {
        this.recognitions = recognitions;
    }

    @GetMapping("/public/recognitions")
    String register(@RequestParam(required = false) String q, Model model) {
        String query = q == null ? null : q.strip();
        if (query != null && query.length() > MAX_QUERY) {
            query = query.substring(0, MAX_QUERY);
        }
        model.addAttribute("q", query);
        model.addAttribute("recognitions", recognitions.publicRegister(query));
        return "recognition/public";
    }
}
