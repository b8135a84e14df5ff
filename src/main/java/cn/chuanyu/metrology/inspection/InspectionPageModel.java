package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.kernel.ConflictException;
import cn.chuanyu.metrology.kernel.FormErrors;
import cn.chuanyu.metrology.kernel.InvalidInputException;
import cn.chuanyu.metrology.kernel.RefusedException;
import cn.chuanyu.metrology.kernel.UnacceptableContentException;
import cn.chuanyu.metrology.registry.PartyRegister;
import cn.chuanyu.metrology.security.CurrentUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import java.util.stream.Collectors;

/** Fills a page model with what every inspection page shows, and turns the module's problems into form errors. */
@Component
class InspectionPageModel {

    private final InspectionQueries queries;
    private final InspectionDiagrams diagrams;
    private final PartyRegister parties;
    private final RecordQueries records;
    private final HistoryWording history;

    InspectionPageModel(InspectionQueries queries, InspectionDiagrams diagrams, PartyRegister parties,
                        RecordQueries records, HistoryWording history) {
        this.queries = queries;
        this.diagrams = diagrams;
        this.parties = parties;
        this.records = records;
        this.history = history;
    }

    void fill(Model model, long inspectionId, CurrentUser user) {
        Views.InspectionDetail detail = queries.detail(inspectionId, user);
        long partyId = detail.inspection().partyId();
        model.addAttribute("detail", detail);
        model.addAttribute("inspection", detail.inspection());
        model.addAttribute("party", parties.get(partyId));
        model.addAttribute("evidenceByFinding", detail.evidence().stream().filter(e -> e.findingId() != null)
                .collect(Collectors.groupingBy(Views.Evidence::findingId)));
        model.addAttribute("rectificationEvidence", detail.evidence().stream()
                .filter(e -> "RECTIFICATION".equals(e.purpose())).toList());
        model.addAttribute("previous", queries.list(new InspectionQueries.InspectionFilter(null, null, partyId,
                null, null, 20, 0), user).stream().filter(i -> i.id() != inspectionId).toList());
        model.addAttribute("history", history.lines(queries.history(inspectionId, user),
                LocaleContextHolder.getLocale()));
        model.addAttribute("records", records.filed(inspectionId, user));
        model.addAttribute("diagram", diagrams.diagram(inspectionId, user, LocaleContextHolder.getLocale()).orElse(null));
    }

    /**
     * Puts a refusal of the inspection module next to the field it names (or above the form); answers false
     * when the refusal is not about the input (not found, forbidden), which the caller then rethrows.
     */
    static boolean reject(RefusedException refusal, BindingResult form) {
        if (refusal instanceof ConflictException) {
            form.reject("error.conflict");
            return true;
        }
        if (refusal instanceof InvalidInputException || refusal instanceof UnacceptableContentException) {
            FormErrors.reject(form, refusal);
            return true;
        }
        return false;
    }
}
