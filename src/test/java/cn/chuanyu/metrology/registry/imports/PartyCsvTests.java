package cn.chuanyu.metrology.registry.imports;

import cn.chuanyu.metrology.kernel.Wording;
import cn.chuanyu.metrology.registry.CreditCodeGenerator;
import cn.chuanyu.metrology.registry.PartyDraft;
import cn.chuanyu.metrology.registry.PartyKind;
import cn.chuanyu.metrology.registry.PartyRules;
import cn.chuanyu.metrology.registry.PartyStatus;
import cn.chuanyu.metrology.registry.ReferenceCodes;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PartyCsvTests {

    private static final ReferenceCodes CODES = new ReferenceCodes(Set.of("WATER_METER", "GAS_METER"),
            Map.of("510100", "SC", "500103", "CQ"));
    private static final String CODE = new CreditCodeGenerator(1).code(1, "510100");

    private final PartyCsv csv = new PartyCsv(new PartyRules(CODES), Wording::english);

    @Test
    void readsAnAuthorisedBodyWithItsCertificate() {
        ParsedRow<PartyDraft> row = csv.read(new Cells(2, body()));

        assertThat(row.problems()).isEmpty();
        PartyDraft party = row.value();
        assertThat(party.kind()).isEqualTo(PartyKind.AUTHORISED_BODY);
        assertThat(party.contactEmails()).containsExactly("a@x.example", "b@x.example");
        assertThat(party.certificate().scope()).containsExactlyInAnyOrder("WATER_METER", "GAS_METER");
        assertThat(party.certificate().validTo()).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThat(party.status()).isEqualTo(PartyStatus.ACTIVE);
        assertThat(party.preferredLanguage()).isEqualTo("zh-CN");
    }

    @Test
    void reportsEveryBadCellOfARowByColumn() {
        Map<String, String> cells = body();
        cells.put("credit_code", CODE.substring(0, 17) + (CODE.endsWith("0") ? "1" : "0"));
        cells.put("kind", "BANK");
        cells.put("name_zh", "");
        cells.put("address", "x".repeat(501));
        cells.put("contact_emails", "a@x.example;nope");
        cells.put("risk_class", "low");
        cells.put("certificate_valid_from", "01/01/2024");

        ParsedRow<PartyDraft> row = csv.read(new Cells(7, cells));

        assertThat(row.value()).isNull();
        assertThat(row.problems()).extracting(RowProblem::row, RowProblem::column).containsExactlyInAnyOrder(
                tuple(7, "credit_code"), tuple(7, "kind"), tuple(7, "name_zh"), tuple(7, "address"),
                tuple(7, "contact_emails"), tuple(7, "risk_class"), tuple(7, "certificate_valid_from"));
        assertThat(row.problems().get(0).reason()).contains("position 18");
    }

    @Test
    void appliesThePartyRulesToTheWholeRow() {
        Map<String, String> cells = body();
        cells.put("region_code", "500103");
        cells.put("scope_categories", "WATER_METER;PARKING_METER");

        ParsedRow<PartyDraft> row = csv.read(new Cells(3, cells));

        assertThat(row.problems()).extracting(RowProblem::column, RowProblem::reason).containsExactlyInAnyOrder(
                tuple("region_code", "region 500103 is not in province SC"),
                tuple("scope_categories", "unknown instrument category 'PARKING_METER'"));
    }

    @Test
    void aMakerHasNoCertificateAndABodyNeedsAScope() {
        Map<String, String> maker = body();
        maker.put("kind", "INSTRUMENT_MAKER");
        Map<String, String> bodyWithoutScope = body();
        bodyWithoutScope.put("scope_categories", "");

        assertThat(csv.read(new Cells(2, maker)).problems()).extracting(RowProblem::column)
                .containsExactly("certificate_number");
        assertThat(csv.read(new Cells(2, bodyWithoutScope)).problems()).extracting(RowProblem::column)
                .containsExactly("scope_categories");
    }

    @Test
    void aMakerWithoutCertificateColumnsIsFine() {
        Map<String, String> maker = body();
        maker.put("kind", "INSTRUMENT_MAKER");
        PartyCsv.COLUMNS.stream().filter(c -> c.startsWith("certificate") || c.startsWith("scope"))
                .forEach(c -> maker.put(c, ""));

        assertThat(csv.read(new Cells(2, maker)).value().certificate()).isNull();
    }

    private static Map<String, String> body() {
        Map<String, String> cells = new HashMap<>();
        cells.put("credit_code", CODE);
        cells.put("kind", "AUTHORISED_BODY");
        cells.put("name_zh", "测试计量所");
        cells.put("name_en", "Test Station");
        cells.put("province", "SC");
        cells.put("region_code", "510100");
        cells.put("address", "");
        cells.put("contact_emails", "a@x.example; b@x.example");
        cells.put("preferred_language", "");
        cells.put("risk_class", "LOW");
        cells.put("status", "");
        cells.put("certificate_number", "(川)法计2024-1");
        cells.put("certificate_valid_from", "2024-01-01");
        cells.put("certificate_valid_to", "2030-01-01");
        cells.put("scope_categories", "WATER_METER;GAS_METER");
        return cells;
    }
}
