package cn.chuanyu.metrology.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Everything the registry holds about one party, with certificates, standards and type approvals that are
 * past their date flagged as expired (as of the day asked).
 */
public record PartyDetails(
        long id,
        String creditCode,
        PartyKind kind,
        String nameZh,
        String nameEn,
        String province,
        String regionCode,
        String address,
        List<String> contactEmails,
        String preferredLanguage,
        RiskClass riskClass,
        PartyStatus status,
        Certificate certificate,
        List<Standard> standards,
        List<Product> products,
        List<OperatingProvince> operatingProvinces,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    /** The name people read in {@code locale} ({@link RegisteredNames}). */
    public String nameIn(Locale locale) {
        return RegisteredNames.in(locale, nameZh, nameEn);
    }

    /** The authorisation certificate; expired once its validity has ended. */
    public record Certificate(String number, LocalDate validFrom, LocalDate validTo, Set<String> scope,
                              boolean expired) {
    }

    /** A measurement standard; expired once its calibration is overdue. */
    public record Standard(long id, String name, String certificateNumber, LocalDate calibrationDue,
                           boolean expired) {
    }

    /** A product; expired once its type approval has ended. */
    public record Product(long id, String name, String categoryCode, String typeApprovalNumber,
                          LocalDate approvalValidFrom, LocalDate approvalValidTo, boolean expired) {
    }
}
