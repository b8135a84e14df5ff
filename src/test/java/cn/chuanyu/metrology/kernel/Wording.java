package cn.chuanyu.metrology.kernel;

import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.Locale;

/** Words kernel messages from the product's own {@code messages*.properties}, for unit tests of rules. */
public final class Wording {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private Wording() {
    }

    public static String english(Message message) {
        return MESSAGES.getMessage(message, Locale.ENGLISH);
    }

    public static String chinese(Message message) {
        return MESSAGES.getMessage(message, Locale.SIMPLIFIED_CHINESE);
    }

    /** A field problem as a client reading English sees it. */
    public static String english(FieldProblem problem) {
        return english(problem.reason());
    }
}
