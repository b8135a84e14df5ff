package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.inspection.rules.FindingRules;
import cn.chuanyu.metrology.kernel.FieldProblem;
import cn.chuanyu.metrology.kernel.InvalidInputException;
import cn.chuanyu.metrology.registry.Registry;
import cn.chuanyu.metrology.security.CurrentUser;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Checks findings against the party's checklist and stores them, all or none. */
@Component
class FindingRecorder {

    private final FindingStore findings;
    private final InspectionStore store;
    private final Registry registry;
    private final Clock clock;

    FindingRecorder(FindingStore findings, InspectionStore store, Registry registry, Clock clock) {
        this.findings = findings;
        this.store = store;
        this.registry = registry;
        this.clock = clock;
    }

    List<Long> record(InspectionRow row, List<Views.NewFinding> newFindings, CurrentUser user) {
        Set<String> checklist = findings.checklistCodes(registry.party(row.partyId()).orElseThrow().kind().name());
        List<FieldProblem> violations = new ArrayList<>();
        for (int i = 0; i < newFindings.size(); i++) {
            Views.NewFinding f = newFindings.get(i);
            violations.addAll(FindingRules.check(newFindings.size() == 1 ? "" : "findings[" + i + "].",
                    f.checklistItem(), f.clause(), f.severity() == null ? null : f.severity().name(),
                    f.description(), checklist));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        List<Long> ids = new ArrayList<>();
        for (Views.NewFinding f : newFindings) {
            long id = findings.insert(row.id(), f, user.staffId(), clock.instant());
            store.event(row.id(), TaskKind.ON_SITE.taskKey, "FINDING_RECORDED", user.username(), user.staffId(),
                    f.severity() + " " + f.checklistItem() + " #" + id, clock.instant());
            ids.add(id);
        }
        return ids;
    }
}
