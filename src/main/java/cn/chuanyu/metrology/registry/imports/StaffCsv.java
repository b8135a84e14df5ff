package cn.chuanyu.metrology.registry.imports;

import cn.chuanyu.metrology.kernel.Message;
import cn.chuanyu.metrology.registry.EnforcementCertificates;
import cn.chuanyu.metrology.registry.ReferenceCodes;
import cn.chuanyu.metrology.registry.StaffDraft;
import cn.chuanyu.metrology.registry.StaffRole;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The columns of the staff CSV and the rules for one row. Conflicts of interest are kept through the API. */
final class StaffCsv {

    static final List<String> COLUMNS = List.of("staff_no", "role", "name_zh", "name_en", "province", "email",
            "active", "qualifications", "enforcement_certificate_no", "enforcement_certificate_valid_until");
    static final List<String> REQUIRED = List.of("staff_no", "role", "name_zh", "province");
    private static final Pattern STAFF_NO = Pattern.compile("[A-Za-z0-9-]+");

    private final ReferenceCodes codes;
    private final Function<Message, String> words;

    /** {@code words} words the rules' reasons for the import report. */
    StaffCsv(ReferenceCodes codes, Function<Message, String> words) {
        this.codes = codes;
        this.words = words;
    }

    ParsedRow<StaffDraft> read(Cells cells) {
        String staffNo = cells.required("staff_no", 20);
        if (staffNo != null && !STAFF_NO.matcher(staffNo).matches()) {
            cells.problem("staff_no", "may hold letters, digits and - only");
        }
        StaffRole role = cells.enumValue("role", StaffRole.class, null);
        String nameZh = cells.required("name_zh", 60);
        String nameEn = cells.optional("name_en", 120);
        String province = cells.oneOf("province", List.of("SC", "CQ"), null);
        String email = cells.email("email");
        String active = cells.oneOf("active", List.of("true", "false"), "true");
        List<String> qualifications = cells.list("qualifications", 50, 40);
        qualifications.stream().filter(code -> !codes.knownCategory(code)).forEach(code ->
                cells.problem("qualifications", "unknown instrument category '" + code + "'"));
        String certificateNo = cells.optional("enforcement_certificate_no", 40);
        LocalDate certificateValidUntil = cells.optionalDate("enforcement_certificate_valid_until");
        EnforcementCertificates.problems(certificateNo, certificateValidUntil).forEach(problem ->
                cells.problem(problem.field().equals(EnforcementCertificates.NUMBER_FIELD)
                        ? "enforcement_certificate_no" : "enforcement_certificate_valid_until",
                        words.apply(problem.reason())));
        if (!cells.problems().isEmpty()) {
            return new ParsedRow<>(null, cells.problems());
        }
        return new ParsedRow<>(new StaffDraft(staffNo, role, nameZh, nameEn, province, email,
                Boolean.parseBoolean(active), new HashSet<>(qualifications), List.of(), certificateNo,
                certificateValidUntil), List.of());
    }
}
