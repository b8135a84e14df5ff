package cn.chuanyu.metrology.registry;

import java.util.Locale;

/**
 * The one rule for which of a registered name people read (a party's, a staff member's, an instrument category's):
 * the English name on an English page or notice when there is one, the Chinese name otherwise (the Chinese name is
 * the registered one and always present).
 */
public final class RegisteredNames {

    private RegisteredNames() {
    }

    public static String in(Locale locale, String nameZh, String nameEn) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return english && nameEn != null && !nameEn.isBlank() ? nameEn : nameZh;
    }
}
