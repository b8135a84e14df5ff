package cn.chuanyu.metrology.registry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the reference data: instrument categories and the regions of both provinces. */
@Service
public class ReferenceData {

    private final JdbcClient jdbc;

    ReferenceData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An instrument category with its Chinese and English name. */
    public record Category(String code, String nameZh, String nameEn, boolean active) {

        /** The name people read in {@code locale} ({@link RegisteredNames}). */
        public String nameIn(java.util.Locale locale) {
            return RegisteredNames.in(locale, nameZh, nameEn);
        }
    }

    /** A prefecture-level division or district (GB/T 2260). */
    public record Region(String code, String province, String nameZh, String nameEn) {
    }

    public List<Category> categories() {
        return jdbc.sql("select code, name_zh, name_en, active from instrument_category order by code")
                .query(Category.class).list();
    }

    /** The regions of one province, or of both when province is null. */
    public List<Region> regions(String province) {
        String sql = "select code, province, name_zh, name_en from region";
        return province == null
                ? jdbc.sql(sql + " order by code").query(Region.class).list()
                : jdbc.sql(sql + " where province = :province order by code")
                        .param("province", province).query(Region.class).list();
    }

    public ReferenceCodes codes() {
        Set<String> categories = Set.copyOf(jdbc.sql("select code from instrument_category").query(String.class).list());
        Map<String, String> regions = regions(null).stream()
                .collect(Collectors.toUnmodifiableMap(Region::code, Region::province));
        return new ReferenceCodes(categories, regions);
    }
}
