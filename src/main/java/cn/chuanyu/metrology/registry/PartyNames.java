package cn.chuanyu.metrology.registry;

import java.util.Locale;

/**
 * The one rule for which of a party's names people read: its English name on an English page or notice when it
 * has one, its Chinese name otherwise (the Chinese name is the registered one and always present).
 */
public final class PartyNames {

    private PartyNames() {
    }

    public static String in(Locale locale, String nameZh, String nameEn) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return english && nameEn != null && !nameEn.isBlank() ? nameEn : nameZh;
    }
}
