package cn.chuanyu.metrology.registry.web;

import cn.chuanyu.metrology.registry.PartyDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A maker's product with its type approval as sent by a client. */
record ProductRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 40) String categoryCode,
        @NotBlank @Size(max = 60) String typeApprovalNumber,
        @NotNull LocalDate approvalValidFrom,
        @NotNull LocalDate approvalValidTo) {

    /** The draft of a listed product; an unreadable entry (null) is an empty one. */
    static PartyDraft.Product draftOf(ProductRequest product) {
        return product == null ? new PartyDraft.Product(null, null, null, null, null) : product.toDraft();
    }

    PartyDraft.Product toDraft() {
        return new PartyDraft.Product(name, categoryCode, typeApprovalNumber, approvalValidFrom, approvalValidTo);
    }
}
