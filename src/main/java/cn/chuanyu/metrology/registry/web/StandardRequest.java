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

    /** The draft of a listed standard; an unreadable entry (null) is an empty one. */
    static PartyDraft.Standard draftOf(StandardRequest standard) {
        return standard == null ? new PartyDraft.Standard(null, null, null) : standard.toDraft();
    }

    PartyDraft.Standard toDraft() {
        return new PartyDraft.Standard(name, certificateNumber, calibrationDue);
    }
}
