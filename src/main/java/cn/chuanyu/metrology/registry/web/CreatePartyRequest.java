package cn.chuanyu.metrology.registry.web;

import cn.chuanyu.metrology.registry.PartyDraft;
import cn.chuanyu.metrology.registry.PartyKind;
import cn.chuanyu.metrology.registry.PartyStatus;
import cn.chuanyu.metrology.registry.RiskClass;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Registers an authorised body (with certificate and standards) or an instrument maker (with products). */
record CreatePartyRequest(
        @NotNull @ValidCreditCode String creditCode,
        @NotNull PartyKind kind,
        @NotBlank @Size(max = 200) String nameZh,
        @Size(max = 300) String nameEn,
        @NotNull @Pattern(regexp = "SC|CQ", message = "{problem.province}") String province,
        @Pattern(regexp = "\\d{6}", message = "{problem.regionCode}") String regionCode,
        @Size(max = 500) String address,
        @Size(max = 10) List<@NotBlank @Email @Size(max = 320) String> contactEmails,
        @Pattern(regexp = "zh-CN|en", message = "{problem.language}") String preferredLanguage,
        @NotNull RiskClass riskClass,
        PartyStatus status,
        @Valid CertificateRequest certificate,
        @Size(max = 200) List<@Valid @NotNull StandardRequest> standards,
        @Size(max = 500) List<@Valid @NotNull ProductRequest> products,
        @Size(max = 2) List<@Valid @NotNull OperatingProvinceRequest> operatingProvinces) {

    PartyDraft toDraft() {
        return new PartyDraft(creditCode, kind, nameZh, nameEn, province, regionCode, address, contactEmails,
                preferredLanguage, riskClass, status, certificate == null ? null : certificate.toDraft(),
                standards == null ? null : standards.stream().map(StandardRequest::draftOf).toList(),
                products == null ? null : products.stream().map(ProductRequest::draftOf).toList(),
                operatingProvinces == null ? null
                        : operatingProvinces.stream().map(OperatingProvinceRequest::draftOf).toList());
    }
}
