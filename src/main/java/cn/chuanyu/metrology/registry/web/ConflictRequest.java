package cn.chuanyu.metrology.registry.web;

import cn.chuanyu.metrology.registry.StaffDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A declared conflict of interest with one party (回避) and the reason. */
record ConflictRequest(@NotNull @Positive Long partyId, @NotBlank @Size(max = 300) String reason) {

    static List<StaffDraft.Conflict> toDrafts(List<ConflictRequest> conflicts) {
        return conflicts == null ? null : conflicts.stream().filter(c -> c != null && c.partyId() != null)
                .map(c -> new StaffDraft.Conflict(c.partyId(), c.reason())).toList();
    }
}
