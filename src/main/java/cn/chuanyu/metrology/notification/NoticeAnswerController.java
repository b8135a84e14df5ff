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
import cn.chuanyu.metrology.kernel.Vocabulary;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

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
    String acknowledgeForm(@RequestParam(name = "t", required = false) String token, Model model,
                           HttpServletRequest request) {
        show(model, token, answers.open(token, LinkPurpose.ACKNOWLEDGE), request);
        return "notice/acknowledge";
    }

    @PostMapping("/notice/acknowledge")
    String acknowledge(@RequestParam(name = "t", required = false) String token, Model model,
                       HttpServletRequest request) {
        speak(request, answers.partyOf(token, LinkPurpose.ACKNOWLEDGE));
        answers.acknowledge(token);
        model.addAttribute("done", "ACKNOWLEDGED");
        return "notice/done";
    }

    @GetMapping("/notice/rectification")
    String rectificationForm(@RequestParam(name = "t", required = false) String token, Model model,
                             HttpServletRequest request) {
        show(model, token, answers.open(token, LinkPurpose.RECTIFICATION), request);
        return "notice/rectification";
    }

    @PostMapping("/notice/rectification")
    String submitRectification(@RequestParam(name = "t", required = false) String token,
                               @RequestParam(name = "statement", required = false) String statement,
                               @RequestParam(name = "files", required = false) List<MultipartFile> files,
                               Model model, HttpServletRequest request) {
        speak(request, answers.partyOf(token, LinkPurpose.RECTIFICATION));
        List<MultipartFile> chosen = files == null ? List.of()
                : files.stream().filter(f -> f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank())
                .toList();
        try {
            answers.submitRectification(token, statement, chosen);
        } catch (InvalidInputException | UnacceptableContentException invalid) {
            show(model, token, answers.open(token, LinkPurpose.RECTIFICATION), request);
            model.addAttribute("statement", statement);
            model.addAttribute("error", problem(invalid));
            return "notice/rectification";
        }
        model.addAttribute("done", "RECTIFICATION_SUBMITTED");
        return "notice/done";
    }

    @ExceptionHandler(LinkRefusedException.class)
    ModelAndView refused(LinkRefusedException refusal, HttpServletRequest request) {
        ModelAndView page = new ModelAndView("notice/refused", Map.of("reason", refusal.reason().name()));
        LinkPurpose purpose = request.getRequestURI().endsWith("/rectification")
                ? LinkPurpose.RECTIFICATION : LinkPurpose.ACKNOWLEDGE;
        answers.genuineParty(request.getParameter("t"), purpose).ifPresent(party -> speak(request, party));
        if (refusal.claims() != null) {
            inspections.notice(refusal.claims().inspectionId()).ifPresent(inspection -> {
                String language = speak(request, inspection.partyId());
                page.addObject("regulator", NoticeWording.regulator(inspection.province(), language));
                page.addObject("contact", contacts.of(inspection.province()));
                page.addObject("inspectionNo", inspection.id());
            });
        }
        page.setStatus(refusal.reason() == cn.chuanyu.metrology.notification.links.LinkRefusal.USED
                || refusal.reason() == cn.chuanyu.metrology.notification.links.LinkRefusal.WRONG_STATE
                ? HttpStatus.CONFLICT : HttpStatus.FORBIDDEN);
        return page;
    }

    private void show(Model model, String token, InspectionNotice inspection, HttpServletRequest request) {
        Party party = registry.party(inspection.partyId()).orElseThrow();
        String language = speak(request, party);
        model.addAttribute("token", token);
        model.addAttribute("inspection", inspection);
        model.addAttribute("partyName", party.nameIn(Vocabulary.locale(language)));
        model.addAttribute("regulator", NoticeWording.regulator(inspection.province(), language));
        model.addAttribute("deadline", NoticeWording.date(inspection.rectificationDeadline(), language));
        model.addAttribute("plannedDate", NoticeWording.date(inspection.plannedDate(), language));
        model.addAttribute("inspectedOn", NoticeWording.date(inspection.inspectedOn(), language));
    }

    private String speak(HttpServletRequest request, long partyId) {
        return registry.party(partyId).map(party -> speak(request, party)).orElse(NoticeWording.ZH);
    }

    /**
     * The business reads its answer pages in the language its notices use (the party's preferred language),
     * unless this request asked for another with {@code ?lang=}; the choice holds for this request only.
     */
    private static String speak(HttpServletRequest request, Party party) {
        String language = NoticeWording.language(party.preferredLanguage());
        if (request.getParameter("lang") == null) {
            request.setAttribute(CookieLocaleResolver.LOCALE_REQUEST_ATTRIBUTE_NAME, Vocabulary.locale(language));
            return language;
        }
        return NoticeWording.language(request.getParameter("lang"));
    }

    /** The message code of a refused upload's reason, worded by the page. */
    private static String problem(RefusedException refusal) {
        if (refusal instanceof UnacceptableContentException content) {
            return content.why() == UnacceptableContentException.Why.TOO_LARGE
                    ? "notice.page.problem.tooLarge" : "notice.page.problem.type";
        }
        List<String> fields = refusal.problems().stream().map(FieldProblem::field).toList();
        if (fields.contains("statement")) {
            return "notice.page.problem.statement";
        }
        if (fields.contains("files")) {
            return "notice.page.problem.files";
        }
        return "notice.page.problem.file";
    }
}
