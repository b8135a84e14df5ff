package cn.chuanyu.metrology.system;

import cn.chuanyu.metrology.kernel.Message;
import org.springframework.context.support.ResourceBundleMessageSource;

import cn.chuanyu.metrology.security.PasswordPolicy;
import org.springframework.core.env.PropertyResolver;
import org.springframework.util.StringUtils;

import java.util.Locale;
import java.util.Optional;

/**
 * One setting the prod profile checks before anything starts, and what it answers when the value is missing or
 * too weak. The list of them is {@link ProductionSettingsCheck#SETTINGS}: one entry per setting.
 */
@FunctionalInterface
interface ProductionSetting {

    /** The operator's language at start-up, before any Spring context: the English bundle. */
    EnglishMessages ENGLISH = new EnglishMessages();

    /** Marks a value that only the local demo run may use. */
    String DEMO_MARK = "DEMO-ONLY";

    /** What is wrong with this setting in the given environment; empty when nothing is. */
    Optional<Problem> problem(PropertyResolver environment);

    /** A setting production cannot start without. */
    static ProductionSetting required(String property, String variable) {
        return environment -> StringUtils.hasText(environment.getProperty(property)) ? Optional.empty()
                : Optional.of(new Problem(variable, "not set"));
    }

    /** A secret key: set, at least {@code minLength} characters, and not the local demo's value. */
    static ProductionSetting secret(String property, String variable, int minLength) {
        return environment -> {
            String value = environment.getProperty(property);
            if (!StringUtils.hasText(value)) {
                return Optional.of(new Problem(variable, "not set"));
            }
            if (value.contains(DEMO_MARK)) {
                return Optional.of(new Problem(variable, "is the local demo's value"));
            }
            if (value.strip().length() < minLength) {
                return Optional.of(new Problem(variable, "too short: " + value.strip().length()
                        + " characters, at least " + minLength));
            }
            return Optional.empty();
        };
    }

    /** A number that may be raised but never set below {@code min} (unset: its default, which is at least that). */
    static ProductionSetting atLeast(String property, String variable, int min) {
        return environment -> {
            String value = environment.getProperty(property);
            if (value == null) {
                return Optional.empty();
            }
            try {
                int number = Integer.parseInt(value.strip());
                return number >= min ? Optional.empty()
                        : Optional.of(new Problem(variable, "too low: " + number + ", at least " + min));
            } catch (NumberFormatException e) {
                return Optional.of(new Problem(variable, "not a whole number"));
            }
        };
    }

    /** The first administrator's password, when a first administrator is asked for: the password policy's. */
    static ProductionSetting firstAdministratorPassword(String usernameProperty, String passwordProperty,
                                                        String variable) {
        return environment -> {
            String username = environment.getProperty(usernameProperty);
            if (!StringUtils.hasText(username)) {
                return Optional.empty();
            }
            var problems = PasswordPolicy.problems(username, environment.getProperty(passwordProperty));
            return problems.isEmpty() ? Optional.empty()
                    : Optional.of(new Problem(variable, String.join("; ", problems.stream().map(ENGLISH::wording).toList())));
        };
    }

    /** A setting's environment variable and what is wrong with its value (never the value itself). */
    record Problem(String variable, String reason) {

        @Override
        public String toString() {
            return variable + ": " + reason;
        }
    }

    /** Words a kernel {@link Message} from the English bundle, read directly: start-up checks run before any context. */
    final class EnglishMessages {

        private final ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();

        private EnglishMessages() {
            bundle.setBasename("messages");
            bundle.setDefaultEncoding("UTF-8");
            bundle.setFallbackToSystemLocale(false);
        }

        String wording(Message message) {
            return bundle.getMessage(message, Locale.ENGLISH);
        }
    }
}
