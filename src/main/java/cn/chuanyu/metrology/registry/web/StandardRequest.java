package cn.chuanyu.metrology.registry.web;

import cn.chuanyu.metrology.registry.PartyDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A measurement standard as sent by a client. */
record StandardRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 60) String certificateNumber,
        @NotNull LocalDate calibrationDue) {

    PartyDraft.Standard toDraft() {
        return new PartyDraft.Standard(name, certificateNumber, calibrationDue);
    }
}
