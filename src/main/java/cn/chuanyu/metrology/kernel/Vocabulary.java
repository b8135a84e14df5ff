package cn.chuanyu.metrology.kernel;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * The product's one vocabulary in both languages: the words of pages, notices and exports all come from the
 * message bundles ({@code messages.properties} zh-CN, {@code messages_en.properties}), e.g. {@code severity.MAJOR}
 * 严重 / Major. {@code VocabularyTests} holds the DMN tables, templates and README glossary to the same words.
 */
@Component
public class Vocabulary {

    public static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    public static final Locale EN = Locale.ENGLISH;

    private final MessageSource messages;

    Vocabulary(MessageSource messages) {
        this.messages = messages;
    }

    /** The word for {@code key} ({@code prefix + "." + code}), or the code itself when the bundle has none. */
    public String word(String prefix, String code, Locale locale) {
        if (code == null) {
            return "";
        }
        return messages.getMessage(prefix + "." + code, null, code, locale);
    }

    public String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** The locale of a language tag as notices use them ({@code zh-CN} or {@code en}). */
    public static Locale locale(String language) {
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("en") ? EN : ZH;
    }
}
