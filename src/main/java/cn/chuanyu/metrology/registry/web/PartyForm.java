package cn.chuanyu.metrology.registry.web;

import cn.chuanyu.metrology.registry.OperatingProvince;
import cn.chuanyu.metrology.registry.PartyDetails;
import cn.chuanyu.metrology.registry.PartyDraft;
import cn.chuanyu.metrology.registry.PartyStatus;
import cn.chuanyu.metrology.registry.RiskClass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Arrays;
import java.util.List;

/**
 * The party edit form as the administrator typed it: a plain bean, so the page shows it again unchanged with
 * the errors next to each field. Certificates, standards and products are kept as they are.
 */
class PartyForm {

    @NotNull
    private Integer version;
    @NotBlank
    @Size(max = 200)
    private String nameZh;
    @Size(max = 200)
    private String nameEn;
    @NotBlank
    @Size(max = 6)
    private String regionCode;
    @Size(max = 300)
    private String address;
    @Size(max = 1000)
    private String contactEmails;
    @NotNull
    private RiskClass riskClass;
    @NotNull
    private PartyStatus status;
    /** The other province it also operates in (blank: none), and on what basis. */
    private String operatingProvinces;
    private OperatingProvince.Basis operatingBasis;

    static PartyForm of(PartyDetails party) {
        PartyForm form = new PartyForm();
        form.version = party.version();
        form.nameZh = party.nameZh();
        form.nameEn = party.nameEn();
        form.regionCode = party.regionCode();
        form.address = party.address();
        form.contactEmails = String.join("\n", party.contactEmails());
        form.riskClass = party.riskClass();
        form.status = party.status();
        party.operatingProvinces().stream().findFirst().ifPresent(operating -> {
            form.operatingProvinces = operating.province();
            form.operatingBasis = operating.basis();
        });
        return form;
    }

    /** The stored party with this form's statements; its identity and holdings stay. */
    PartyDraft toDraft(PartyDetails current) {
        List<String> emails = contactEmails == null ? List.of() : Arrays.stream(contactEmails.split("[\\s,;，；]+"))
                .filter(e -> !e.isBlank()).toList();
        PartyDraft.Certificate certificate = current.certificate() == null ? null : new PartyDraft.Certificate(
                current.certificate().number(), current.certificate().validFrom(), current.certificate().validTo(),
                current.certificate().scope());
        return new PartyDraft(current.creditCode(), current.kind(), nameZh.strip(), blankToNull(nameEn),
                current.province(), regionCode.strip(), blankToNull(address), emails, current.preferredLanguage(),
                riskClass, status, certificate,
                current.standards().stream().map(s -> new PartyDraft.Standard(s.name(), s.certificateNumber(),
                        s.calibrationDue())).toList(),
                current.products().stream().map(p -> new PartyDraft.Product(p.name(), p.categoryCode(),
                        p.typeApprovalNumber(), p.approvalValidFrom(), p.approvalValidTo())).toList(),
                operatingProvinces == null || operatingProvinces.isBlank() ? List.of()
                        : List.of(new OperatingProvince(operatingProvinces.strip(), operatingBasis)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getContactEmails() {
        return contactEmails;
    }

    public void setContactEmails(String contactEmails) {
        this.contactEmails = contactEmails;
    }

    public RiskClass getRiskClass() {
        return riskClass;
    }

    public void setRiskClass(RiskClass riskClass) {
        this.riskClass = riskClass;
    }

    public String getOperatingProvinces() {
        return operatingProvinces;
    }

    public void setOperatingProvinces(String operatingProvinces) {
        this.operatingProvinces = operatingProvinces;
    }

    public OperatingProvince.Basis getOperatingBasis() {
        return operatingBasis;
    }

    public void setOperatingBasis(OperatingProvince.Basis operatingBasis) {
        this.operatingBasis = operatingBasis;
    }

    public PartyStatus getStatus() {
        return status;
    }

    public void setStatus(PartyStatus status) {
        this.status = status;
    }
}
