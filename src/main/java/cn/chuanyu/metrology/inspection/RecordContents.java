package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.inspection.rules.RecordContent;
import cn.chuanyu.metrology.registry.PartyDetails;
import cn.chuanyu.metrology.registry.PartyRegister;
import cn.chuanyu.metrology.registry.Registry;
import cn.chuanyu.metrology.registry.StaffMember;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads what an inspection's on-site record says, from the rows as they are now. */
@Component
class RecordContents {

    private final InspectionStore store;
    private final FindingStore findings;
    private final EvidenceStore evidence;
    private final PartyRegister parties;
    private final Registry registry;

    RecordContents(InspectionStore store, FindingStore findings, EvidenceStore evidence, PartyRegister parties,
                   Registry registry) {
        this.store = store;
        this.findings = findings;
        this.evidence = evidence;
        this.parties = parties;
        this.registry = registry;
    }

    RecordContent of(InspectionRow row) {
        PartyDetails party = parties.get(row.partyId());
        List<StaffMember> team = registry.staff(new HashSet<>(store.team(row.id())));
        List<Views.Finding> found = findings.of(row.id());
        Map<String, Long> perItem = found.stream()
                .collect(Collectors.groupingBy(Views.Finding::checklistItem, Collectors.counting()));
        Map<Long, List<Views.Evidence>> files = evidence.of(row.id()).stream().filter(e -> e.findingId() != null)
                .collect(Collectors.groupingBy(Views.Evidence::findingId));
        return new RecordContent(row.id(), RecordContent.recordNo(row.province(), row.plannedDate(), row.id()),
                row.province(),
                new RecordContent.PartyLine(party.nameZh(), party.nameEn(), party.creditCode(), party.address()),
                row.plannedDate(),
                team.stream().map(s -> new RecordContent.Inspector(s.id(), s.nameZh(), s.nameEn(),
                        s.enforcementCertificateNo())).toList(),
                findings.checklist(party.kind().name()).stream().map(c -> new RecordContent.ChecklistLine(c.code(),
                        c.areaZh(), c.areaEn(), c.titleZh(), c.titleEn(), c.clause(),
                        perItem.getOrDefault(c.code(), 0L).intValue())).toList(),
                found.stream().map(f -> new RecordContent.FindingLine(f.id(), f.checklistItem(), f.clause(),
                        f.severity(), f.description(), files.getOrDefault(f.id(), List.of()).stream()
                        .map(RecordContents::evidenceLine).toList())).toList());
    }

    private static RecordContent.EvidenceLine evidenceLine(Views.Evidence e) {
        return new RecordContent.EvidenceLine(e.fileName(), e.sha256(),
                e.capturedAt() == null ? null : e.capturedAt().toInstant(), e.latitude(), e.longitude(),
                e.locationAccuracyM());
    }
}
