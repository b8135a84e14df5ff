package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.kernel.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The page a record's QR code opens: the filed facts, and a form that checks an uploaded PDF or a SHA-256. */
@Controller
class PublicRecordPages {

    private final RecordQueries queries;
    private final PublicRecordChecks checks;

    PublicRecordPages(RecordQueries queries, PublicRecordChecks checks) {
        this.queries = queries;
        this.checks = checks;
    }

    @GetMapping("/public/records/{code}")
    String record(@PathVariable String code, Model model) {
        model.addAttribute("record", queries.publicRecord(code));
        model.addAttribute("code", code);
        return "inspection/public-record";
    }

    @PostMapping("/public/records/{code}")
    String check(@PathVariable String code, @RequestParam(required = false) MultipartFile file,
                 @RequestParam(required = false) String sha256, Model model) {
        model.addAttribute("record", queries.publicRecord(code));
        model.addAttribute("code", code);
        model.addAttribute("sha256", sha256);
        try {
            model.addAttribute("result", checks.check(code, file, sha256));
        } catch (InvalidInputException invalid) {
            model.addAttribute("checkError", "publicRecord.nothing");
        }
        return "inspection/public-record";
    }
}
