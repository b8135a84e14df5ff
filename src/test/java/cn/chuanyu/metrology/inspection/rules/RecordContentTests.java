package cn.chuanyu.metrology.inspection.rules;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecordContentTests {

    static RecordContent record(String description, Double latitude) {
        return new RecordContent(7, RecordContent.recordNo("SC", LocalDate.of(2027, 3, 1), 7), "SC",
                new RecordContent.PartyLine("成都计量所", null, "91510100000000001X", "成都市"),
                LocalDate.of(2027, 3, 1),
                List.of(new RecordContent.Inspector(1, "张三", null, "川执-1")),
                List.of(new RecordContent.ChecklistLine("AB-MS-01", "管理体系", "Management system", "质量手册",
                        "Quality manual", "JJF 1069-2012 5.1", 1)),
                List.of(new RecordContent.FindingLine(3, "AB-MS-01", "JJF 1069-2012 5.1", "MINOR", description,
                        List.of(new RecordContent.EvidenceLine("a.png", "ab".repeat(32),
                                Instant.parse("2027-03-01T02:00:00Z"), latitude, latitude == null ? null : 104.0,
                                null)))));
    }

    @Test
    void theRecordNumberNamesProvinceYearAndInspection() {
        assertThat(record("x", null).recordNo()).isEqualTo("SC-2027-000007");
    }

    @Test
    void theDigestChangesWithAnyWordOfAFindingOrItsEvidenceAndNotOtherwise() {
        String digest = record("程序文件未受控", 30.6).digest();

        assertThat(record("程序文件未受控", 30.6).digest()).isEqualTo(digest).hasSize(64);
        assertThat(record("程序文件未受控。", 30.6).digest()).isNotEqualTo(digest);
        assertThat(record("程序文件未受控", null).digest()).isNotEqualTo(digest);
    }

    @Test
    void fieldsCannotBeShiftedIntoEachOtherWithTheSameDigest() {
        var a = new RecordContent.FindingLine(1, "AB", "C1", "MINOR", "xy", List.of());
        var b = new RecordContent.FindingLine(1, "AB", "C1x", "MINOR", "y", List.of());
        RecordContent base = record("d", null);
        RecordContent withA = new RecordContent(7, base.recordNo(), "SC", base.party(), base.plannedDate(),
                base.team(), base.checklist(), List.of(a));
        RecordContent withB = new RecordContent(7, base.recordNo(), "SC", base.party(), base.plannedDate(),
                base.team(), base.checklist(), List.of(b));

        assertThat(withA.digest()).isNotEqualTo(withB.digest());
    }
}
