package cn.chuanyu.metrology.notification;

import cn.chuanyu.metrology.inspection.InspectionNotice;
import cn.chuanyu.metrology.kernel.FieldProblem;
import cn.chuanyu.metrology.kernel.InvalidInputException;
import cn.chuanyu.metrology.kernel.RefusedException;
import cn.chuanyu.metrology.kernel.UnacceptableContentException;
import cn.chuanyu.metrology.inspection.PartyAnswers;
import cn.chuanyu.metrology.notification.links.LinkPurpose;
import cn.chuanyu.metrology.notification.links.LinkRefusedException;
import cn.chuanyu.metrology.registry.Party;
import cn.chuanyu.metrology.registry.Registry;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

import java.util.List;
import java.util.Map;

/** The public, phone-sized pages behind the links in notices: acknowledge receipt, hand in a rectification. */
@Controller
class NoticeAnswerController {

    private final NoticeAnswers answers;
    private final Registry registry;
    private final PartyAnswers inspections;
    private final RegulatorContacts contacts;

    NoticeAnswerController(NoticeAnswers answers, Registry registry, PartyAnswers inspections,
                           RegulatorContacts contacts) {
        this.answers = answers;
        this.registry = registry;
        this.inspections = inspections;
        this.contacts = contacts;
    }

    @GetMapping("/notice/acknowledge")
    String acknowledgeForm(@RequestParam(name = "t", required = false) String token, Model model) {
        show(model, token, answers.open(token, LinkPurpose.ACKNOWLEDGE));
        return "notice/acknowledge";
    }

    @PostMapping("/notice/acknowledge")
    String acknowledge(@RequestParam(name = "t", required = false) String token, Model model) {
        answers.acknowledge(token);
        model.addAttribute("done", "ACKNOWLEDGED");
        return "notice/done";
    }

    @GetMapping("/notice/rectification")
    String rectificationForm(@RequestParam(name = "t", required = false) String token, Model model) {
        show(model, token, answers.open(token, LinkPurpose.RECTIFICATION));
        return "notice/rectification";
    }

    @PostMapping("/notice/rectification")
    String submitRectification(@RequestParam(name = "t", required = false) String token,
                               @RequestParam(name = "statement", required = false) String statement,
                               @RequestParam(name = "files", required = false) List<MultipartFile> files,
                               Model model) {
        List<MultipartFile> chosen = files == null ? List.of()
                : files.stream().filter(f -> f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank())
                .toList();
        try {
            answers.submitRectification(token, statement, chosen);
        } catch (InvalidInputException | UnacceptableContentException invalid) {
            show(model, token, answers.open(token, LinkPurpose.RECTIFICATION));
            model.addAttribute("statement", statement);
            model.addAttribute("error", problem(invalid));
            return "notice/rectification";
        }
        model.addAttribute("done", "RECTIFICATION_SUBMITTED");
        return "notice/done";
    }

    @ExceptionHandler(LinkRefusedException.class)
    ModelAndView refused(LinkRefusedException refusal) {
        ModelAndView page = new ModelAndView("notice/refused", Map.of("reason", refusal.reason().name()));
        if (refusal.claims() != null) {
            inspections.notice(refusal.claims().inspectionId()).ifPresent(inspection -> {
                page.addObject("regulator", NoticeWording.regulator(inspection.province(), NoticeWording.ZH));
                page.addObject("contact", contacts.of(inspection.province()));
                page.addObject("inspectionNo", inspection.id());
            });
        }
        page.setStatus(refusal.reason() == cn.chuanyu.metrology.notification.links.LinkRefusal.USED
                || refusal.reason() == cn.chuanyu.metrology.notification.links.LinkRefusal.WRONG_STATE
                ? HttpStatus.CONFLICT : HttpStatus.FORBIDDEN);
        return page;
    }

    private void show(Model model, String token, InspectionNotice inspection) {
        Party party = registry.party(inspection.partyId()).orElseThrow();
        model.addAttribute("token", token);
        model.addAttribute("inspection", inspection);
        model.addAttribute("partyName", party.nameZh());
        model.addAttribute("regulator", NoticeWording.regulator(inspection.province(), NoticeWording.ZH));
        model.addAttribute("deadline", NoticeWording.date(inspection.rectificationDeadline(), NoticeWording.ZH));
        model.addAttribute("plannedDate", NoticeWording.date(inspection.plannedDate(), NoticeWording.ZH));
        model.addAttribute("inspectedOn", NoticeWording.date(inspection.inspectedOn(), NoticeWording.ZH));
    }

    /** The reason of a refused upload in the words of the page. */
    private static String problem(RefusedException refusal) {
        if (refusal instanceof UnacceptableContentException content) {
            return content.why() == UnacceptableContentException.Why.TOO_LARGE ? "文件过大。"
                    : "文件类型不支持：请上传 JPEG、PNG、PDF、HEIC 或 MP4 文件。";
        }
        List<String> fields = refusal.problems().stream().map(FieldProblem::field).toList();
        if (fields.contains("statement")) {
            return "请填写整改情况说明（不超过 2000 字）。";
        }
        if (fields.contains("files")) {
            return "请至少上传一个整改证据文件。";
        }
        return "上传的文件无效（文件名缺失、为空或包含路径）。";
    }
}
