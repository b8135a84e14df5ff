package cn.chuanyu.metrology.registry.web;

import cn.chuanyu.metrology.registry.OperatingProvince;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A province the party operates in besides its home province: SITE, SERVICE or MARKET. */
record OperatingProvinceRequest(@NotNull @Pattern(regexp = "SC|CQ", message = "{problem.province}") String province,
                                @NotNull OperatingProvince.Basis basis) {

    /** The draft of a listed province; an unreadable entry (null) is an empty one. */
    static OperatingProvince draftOf(OperatingProvinceRequest request) {
        return request == null ? new OperatingProvince(null, null) : request.toDraft();
    }

    OperatingProvince toDraft() {
        return new OperatingProvince(province, basis);
    }
}
