package cn.chuanyu.metrology.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What an administrator or an import states about a party, before it is stored: identity, contact, and the
 * authorisation certificate and standards of a body or the products of a maker.
 *
 * @param certificate        only for an authorised body; null otherwise
 * @param operatingProvinces provinces it operates in besides its home province; null on an update keeps them
 */
public record PartyDraft(
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
        List<OperatingProvince> operatingProvinces) {

    public PartyDraft {
        operatingProvinces = operatingProvinces == null ? null : List.copyOf(operatingProvinces);
        contactEmails = contactEmails == null ? List.of() : List.copyOf(contactEmails);
        standards = standards == null ? List.of() : List.copyOf(standards);
        products = products == null ? List.of() : List.copyOf(products);
        preferredLanguage = preferredLanguage == null ? "zh-CN" : preferredLanguage;
        status = status == null ? PartyStatus.ACTIVE : status;
    }

    /** A draft that says nothing about where else the party operates. */
    public PartyDraft(String creditCode, PartyKind kind, String nameZh, String nameEn, String province,
                      String regionCode, String address, List<String> contactEmails, String preferredLanguage,
                      RiskClass riskClass, PartyStatus status, Certificate certificate, List<Standard> standards,
                      List<Product> products) {
        this(creditCode, kind, nameZh, nameEn, province, regionCode, address, contactEmails, preferredLanguage,
                riskClass, status, certificate, standards, products, null);
    }

    /** The same statements about the party with the given (stored) credit code and kind. */
    public PartyDraft withIdentity(String storedCreditCode, PartyKind storedKind) {
        return new PartyDraft(storedCreditCode, storedKind, nameZh, nameEn, province, regionCode, address,
                contactEmails, preferredLanguage, riskClass, status, certificate, standards, products,
                operatingProvinces);
    }

    /** The same statements with where else the party operates. */
    public PartyDraft withOperatingProvinces(List<OperatingProvince> provinces) {
        return new PartyDraft(creditCode, kind, nameZh, nameEn, province, regionCode, address, contactEmails,
                preferredLanguage, riskClass, status, certificate, standards, products, provinces);
    }

    /** 计量授权证书: number, validity and the instrument categories it authorises. */
    public record Certificate(String number, LocalDate validFrom, LocalDate validTo, Set<String> scope) {
        public Certificate {
            scope = scope == null ? Set.of() : Set.copyOf(scope);
        }
    }

    /** 计量标准 held by a body, with the date its own calibration falls due. */
    public record Standard(String name, String certificateNumber, LocalDate calibrationDue) {
    }

    /** A maker's product with its type approval (型式批准). */
    public record Product(String name, String categoryCode, String typeApprovalNumber,
                          LocalDate approvalValidFrom, LocalDate approvalValidTo) {
    }
}
