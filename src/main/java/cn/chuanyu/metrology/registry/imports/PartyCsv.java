package cn.chuanyu.metrology.registry.imports;

import cn.chuanyu.metrology.kernel.Message;
import cn.chuanyu.metrology.registry.CreditCode;
import cn.chuanyu.metrology.registry.OperatingProvince;
import cn.chuanyu.metrology.registry.PartyDraft;
import cn.chuanyu.metrology.registry.PartyKind;
import cn.chuanyu.metrology.registry.PartyRules;
import cn.chuanyu.metrology.registry.PartyStatus;
import cn.chuanyu.metrology.registry.RiskClass;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The columns of the party CSV and the rules for one row: every cell is checked and every problem reported
 * by column; then the party rules (region of the province, known categories) apply to the whole row.
 */
final class PartyCsv {

    static final List<String> COLUMNS = List.of("credit_code", "kind", "name_zh", "name_en", "province",
            "region_code", "address", "contact_emails", "preferred_language", "risk_class", "status",
            "certificate_number", "certificate_valid_from", "certificate_valid_to", "scope_categories",
            "operating_provinces");
    static final List<String> REQUIRED = List.of("credit_code", "kind", "name_zh", "province", "risk_class");
    private static final List<String> CERTIFICATE_COLUMNS = List.of("certificate_number", "certificate_valid_from",
            "certificate_valid_to", "scope_categories");
    /** Where a problem found by {@link PartyRules} on a draft field shows up in the file. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("creditCode", "credit_code",
            "regionCode", "region_code", "certificate", "certificate_number",
            "certificate.validTo", "certificate_valid_to", "certificate.scope", "scope_categories",
            "operatingProvinces", "operating_provinces");

    private final PartyRules rules;
    private final Function<Message, String> words;

    /** {@code words} words the rules' reasons for the import report. */
    PartyCsv(PartyRules rules, Function<Message, String> words) {
        this.rules = rules;
        this.words = words;
    }

    /** Reads one row; the draft is null when any cell is wrong, and the problems name each wrong cell. */
    ParsedRow<PartyDraft> read(Cells cells) {
        String creditCode = cells.required("credit_code", 40);
        if (creditCode != null) {
            CreditCode.reason(creditCode).ifPresent(reason -> cells.problem("credit_code", words.apply(reason)));
        }
        PartyKind kind = cells.enumValue("kind", PartyKind.class, null);
        String nameZh = cells.required("name_zh", 200);
        String nameEn = cells.optional("name_en", 300);
        String province = cells.oneOf("province", List.of("SC", "CQ"), null);
        String region = cells.optional("region_code", 6);
        String address = cells.optional("address", 500);
        List<String> emails = cells.emails("contact_emails");
        String language = cells.oneOf("preferred_language", List.of("zh-CN", "en"), "zh-CN");
        RiskClass risk = cells.enumValue("risk_class", RiskClass.class, null);
        PartyStatus status = cells.enumValue("status", PartyStatus.class, PartyStatus.ACTIVE);
        PartyDraft.Certificate certificate = certificate(cells, kind);
        List<OperatingProvince> operating = operatingProvinces(cells);
        if (!cells.problems().isEmpty()) {
            return new ParsedRow<>(null, cells.problems());
        }
        PartyDraft draft = new PartyDraft(creditCode, kind, nameZh, nameEn, province, region, address, emails,
                language, risk, status, certificate, List.of(), List.of(), operating);
        rules.check(draft).forEach(problem -> cells.problem(
                COLUMN_OF_FIELD.getOrDefault(problem.field(), problem.field()), words.apply(problem.reason())));
        return cells.problems().isEmpty() ? new ParsedRow<>(draft, List.of()) : new ParsedRow<>(null, cells.problems());
    }

    /** {@code CQ:SITE;CQ:MARKET}-style cells: province and basis (SITE, SERVICE or MARKET) per entry. */
    private static List<OperatingProvince> operatingProvinces(Cells cells) {
        List<OperatingProvince> operating = new java.util.ArrayList<>();
        for (String entry : cells.list("operating_provinces", 2, 20)) {
            String[] parts = entry.split(":", -1);
            if (parts.length != 2 || !List.of("SC", "CQ").contains(parts[0].strip())
                    || java.util.Arrays.stream(OperatingProvince.Basis.values())
                    .noneMatch(b -> b.name().equals(parts[1].strip()))) {
                cells.problem("operating_provinces", "'" + entry + "' is not PROVINCE:BASIS "
                        + "(SC or CQ, and SITE, SERVICE or MARKET), e.g. CQ:SITE");
            } else {
                operating.add(new OperatingProvince(parts[0].strip(), OperatingProvince.Basis.valueOf(parts[1].strip())));
            }
        }
        return operating;
    }

    private static PartyDraft.Certificate certificate(Cells cells, PartyKind kind) {
        if (CERTIFICATE_COLUMNS.stream().allMatch(cells::isBlank)) {
            return null;
        }
        if (kind == PartyKind.INSTRUMENT_MAKER) {
            cells.problem("certificate_number", "only an authorised body holds an authorisation certificate");
            return null;
        }
        String number = cells.required("certificate_number", 60);
        LocalDate from = cells.date("certificate_valid_from");
        LocalDate to = cells.date("certificate_valid_to");
        List<String> scope = cells.list("scope_categories", 50, 40);
        if (scope.isEmpty()) {
            cells.problem("scope_categories", "is required with a certificate");
        }
        return new PartyDraft.Certificate(number, from, to, new HashSet<>(scope));
    }
}
