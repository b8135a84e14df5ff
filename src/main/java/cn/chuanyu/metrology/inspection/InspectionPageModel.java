package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.registry.PartyRegister;
import cn.chuanyu.metrology.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Fills a page model with what every inspection page shows, and turns the module's problems into form errors. */
@Component
class InspectionPageModel {

    private final InspectionQueries queries;
    private final InspectionDiagrams diagrams;
    private final PartyRegister parties;
    private final RecordQueries records;

    InspectionPageModel(InspectionQueries queries, InspectionDiagrams diagrams, PartyRegister parties,
                        RecordQueries records) {
        this.queries = queries;
        this.diagrams = diagrams;
        this.parties = parties;
        this.records = records;
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
        model.addAttribute("history", queries.history(inspectionId, user));
        model.addAttribute("records", records.filed(inspectionId, user));
        model.addAttribute("diagram", diagrams.diagram(inspectionId, user).orElse(null));
    }

    /**
     * Puts a refusal of the inspection module next to the field it names (or above the form); answers false
     * when the problem is not about the input (not found, forbidden), which the caller then rethrows.
     */
    static boolean reject(ErrorResponseException problem, BindingResult form) {
        int status = problem.getStatusCode().value();
        if (status == 409) {
            form.reject("error.conflict", "conflict");
            return true;
        }
        if (status == 413 || status == 415) {
            form.rejectValue("file", "error.file", new Object[]{problem.getBody().getDetail()}, "file");
            return true;
        }
        Map<String, Object> properties = problem.getBody().getProperties();
        if (status != 400 || properties == null || !(properties.get("errors") instanceof List<?> errors)) {
            return false;
        }
        for (Object error : errors) {
            if (error instanceof Map<?, ?> violation) {
                String field = Objects.toString(violation.get("field"));
                Object[] args = {Objects.toString(violation.get("message"))};
                if (form.getFieldType(field) != null) {
                    form.rejectValue(field, "error.rule." + field, args, args[0].toString());
                } else {
                    form.reject("error.rule", args, args[0].toString());
                }
            }
        }
        return true;
    }
}
