package cn.chuanyu.metrology.registry.imports;

import cn.chuanyu.metrology.kernel.Wording;
import cn.chuanyu.metrology.registry.ReferenceCodes;
import cn.chuanyu.metrology.registry.StaffDraft;
import cn.chuanyu.metrology.registry.StaffRole;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class StaffCsvTests {

    private final StaffCsv csv = new StaffCsv(new ReferenceCodes(Set.of("WATER_METER", "TAXIMETER"), Map.of()),
            Wording::english);

    @Test
    void readsAnInspectorWithQualifications() {
        ParsedRow<StaffDraft> row = csv.read(new Cells(2, staff()));

        assertThat(row.problems()).isEmpty();
        assertThat(row.value().role()).isEqualTo(StaffRole.INSPECTOR);
        assertThat(row.value().qualifications()).containsExactlyInAnyOrder("WATER_METER", "TAXIMETER");
        assertThat(row.value().active()).isTrue();
    }

    @Test
    void reportsEveryBadCell() {
        Map<String, String> cells = staff();
        cells.put("staff_no", "SC 01");
        cells.put("role", "BOSS");
        cells.put("province", "BJ");
        cells.put("email", "nope");
        cells.put("active", "yes");
        cells.put("qualifications", "WATER_METER;HOVERCRAFT");

        assertThat(csv.read(new Cells(4, cells)).problems()).extracting(RowProblem::column)
                .containsExactlyInAnyOrder("staff_no", "role", "province", "email", "active", "qualifications");
    }

    @Test
    void readsTheEnforcementCertificateAndRefusesANumberWithoutItsDate() {
        Map<String, String> cells = staff();
        cells.put("enforcement_certificate_no", "川执 51-0001");
        cells.put("enforcement_certificate_valid_until", "2028-06-30");
        ParsedRow<StaffDraft> row = csv.read(new Cells(2, cells));
        assertThat(row.value().enforcementCertificateNo()).isEqualTo("川执 51-0001");
        assertThat(row.value().enforcementCertificateValidUntil()).isEqualTo(java.time.LocalDate.of(2028, 6, 30));

        cells.put("enforcement_certificate_valid_until", "");
        assertThat(csv.read(new Cells(3, cells)).problems()).extracting(RowProblem::column)
                .containsExactly("enforcement_certificate_valid_until");
        cells.put("enforcement_certificate_valid_until", "30/06/2028");
        assertThat(csv.read(new Cells(4, cells)).problems()).extracting(RowProblem::column)
                .contains("enforcement_certificate_valid_until");
    }

    @Test
    void theColumnsIncludeTheEnforcementCertificate() {
        assertThat(StaffCsv.COLUMNS).contains("enforcement_certificate_no", "enforcement_certificate_valid_until");
    }

    private static Map<String, String> staff() {
        Map<String, String> cells = new HashMap<>();
        cells.put("staff_no", "SC-T-1");
        cells.put("role", "INSPECTOR");
        cells.put("name_zh", "测试员");
        cells.put("province", "SC");
        cells.put("email", "t@staff.example");
        cells.put("active", "");
        cells.put("qualifications", "WATER_METER; TAXIMETER");
        return cells;
    }
}
