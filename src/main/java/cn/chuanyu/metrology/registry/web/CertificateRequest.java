package cn.chuanyu.metrology.registry.web;

import cn.chuanyu.metrology.registry.PartyDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Set;

/** An authorisation certificate as sent by a client. */
record CertificateRequest(
        @NotBlank @Size(max = 60) String number,
        @NotNull LocalDate validFrom,
        @NotNull LocalDate validTo,
        @NotEmpty @Size(max = 50) Set<@NotBlank @Size(max = 40) String> scope) {

    PartyDraft.Certificate toDraft() {
        return new PartyDraft.Certificate(number, validFrom, validTo, scope);
    }
}
