package cn.chuanyu.metrology.registry;

import java.util.Map;
import java.util.Set;

/** The known instrument category codes and region codes (with their province), to check input against. */
public record ReferenceCodes(Set<String> categories, Map<String, String> regionProvinces) {

    public boolean knownCategory(String code) {
        return categories.contains(code);
    }

    public boolean knownRegion(String code) {
        return regionProvinces.containsKey(code);
    }

    /** A province some known region lies in. */
    public boolean knownProvince(String province) {
        return province != null && regionProvinces.containsValue(province);
    }

    public boolean regionIn(String regionCode, String province) {
        return province != null && province.equals(regionProvinces.get(regionCode));
    }
}
