package cn.chuanyu.metrology.registry.web;

import cn.chuanyu.metrology.registry.OperatingProvince;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A province the party operates in besides its home province: SITE, SERVICE or MARKET. */
record OperatingProvinceRequest(@NotNull @Pattern(regexp = "SC|CQ", message = "must be SC or CQ") String province,
                                @NotNull OperatingProvince.Basis basis) {

    OperatingProvince toDraft() {
        return new OperatingProvince(province, basis);
    }
}
