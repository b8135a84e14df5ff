package cn.chuanyu.metrology.registry;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A party under inspection (受检单位) as other modules see it.
 *
 * @param categories instrument categories the party works in: the authorisation scope of a body,
 *                   the product categories of a maker
 */
public record Party(
        long id,
        String creditCode,
        PartyKind kind,
        String nameZh,
        String nameEn,
        String province,
        List<String> contactEmails,
        String preferredLanguage,
        RiskClass riskClass,
        PartyStatus status,
        Set<String> categories) {

    /** The name people read in {@code locale} ({@link RegisteredNames}). */
    public String nameIn(Locale locale) {
        return RegisteredNames.in(locale, nameZh, nameEn);
    }
}
