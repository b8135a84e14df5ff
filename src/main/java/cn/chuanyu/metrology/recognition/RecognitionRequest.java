package cn.chuanyu.metrology.recognition;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Set;

/**
 * A request to recognise, in {@code province}, the approved result of inspection {@code inspectionId} of party
 * {@code partyId} (or, with basis CERTIFICATE, its current certificate or type approvals; no inspection id then) for
 * some instrument categories until {@code validUntil}. {@code onBehalfOfParty} marks a request a supervisor raises
 * for the business itself.
 */
public record RecognitionRequest(
        @NotNull Long partyId,
        Long inspectionId,
        @NotNull @Pattern(regexp = "SC|CQ", message = "{problem.province}") String province,
        @NotEmpty @Size(max = 30) Set<@NotNull @Size(max = 40) String> categories,
        @NotNull LocalDate validUntil,
        boolean onBehalfOfParty,
        Basis basis) {

    /** An inspection result unless the request says otherwise. */
    public Basis basisOrDefault() {
        return basis == null ? Basis.INSPECTION_RESULT : basis;
    }
}
