package cn.chuanyu.metrology.inspection.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * What an on-site record (现场检查记录) says about the inspection: the party, the team, every checklist item with its
 * result and every finding with its evidence. Its {@link #digest()} is what the representative's signature and the
 * inspectors' confirmations cover: any change to what it says asks for them again.
 */
public record RecordContent(long inspectionId, String recordNo, String province, PartyLine party,
                            LocalDate plannedDate, List<Inspector> team, List<ChecklistLine> checklist,
                            List<FindingLine> findings) {

    public RecordContent {
        team = List.copyOf(team);
        checklist = List.copyOf(checklist);
        findings = List.copyOf(findings);
    }

    /** The record number: province, year of the planned date and the inspection number, e.g. SC-2026-000123. */
    public static String recordNo(String province, LocalDate plannedDate, long inspectionId) {
        return String.format("%s-%d-%06d", province, plannedDate.getYear(), inspectionId);
    }

    /** SHA-256 (hex) over a length-prefixed canonical form of everything the record says. */
    public String digest() {
        StringBuilder canonical = new StringBuilder();
        add(canonical, "chuanyu-onsite-record/1", inspectionId, recordNo, province, party.nameZh(), party.nameEn(),
                party.creditCode(), party.address(), plannedDate, team.size());
        team.forEach(i -> add(canonical, i.staffId(), i.nameZh(), i.nameEn(), i.certificateNo()));
        add(canonical, checklist.size());
        checklist.forEach(c -> add(canonical, c.code(), c.titleZh(), c.titleEn(), c.clause(), c.findings()));
        add(canonical, findings.size());
        for (FindingLine f : findings) {
            add(canonical, f.id(), f.checklistItem(), f.clause(), f.severity(), f.description(), f.evidence().size());
            f.evidence().forEach(e -> add(canonical, e.fileName(), e.sha256(), e.capturedAt(), e.latitude(),
                    e.longitude(), e.accuracyMetres()));
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.toString()
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(StringBuilder out, Object... values) {
        for (Object value : values) {
            String text = Objects.toString(value, "\u0000");
            out.append(text.length()).append(':').append(text).append('|');
        }
    }

    /** The inspected party as the record names it. */
    public record PartyLine(String nameZh, String nameEn, String creditCode, String address) {
    }

    /** A team inspector with the enforcement certificate (执法证) number. */
    public record Inspector(long staffId, String nameZh, String nameEn, String certificateNo) {
    }

    /** A checklist item and how many findings were recorded against it (none: it conforms). */
    public record ChecklistLine(String code, String areaZh, String areaEn, String titleZh, String titleEn,
                                String clause, int findings) {

        public boolean conforms() {
            return findings == 0;
        }
    }

    /** A finding with its evidence. */
    public record FindingLine(long id, String checklistItem, String clause, String severity, String description,
                              List<EvidenceLine> evidence) {

        public FindingLine {
            evidence = List.copyOf(evidence);
        }
    }

    /** One evidence file: its hash, and when and where the photo was taken when the device said so. */
    public record EvidenceLine(String fileName, String sha256, Instant capturedAt, Double latitude,
                               Double longitude, Double accuracyMetres) {

        public boolean located() {
            return latitude != null && longitude != null;
        }
    }
}
