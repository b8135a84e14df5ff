package cn.chuanyu.metrology.security;

import cn.chuanyu.metrology.kernel.Message;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be: at least {@value #MIN_LENGTH} characters, at most {@value #MAX_LENGTH} (BCrypt reads
 * 72 bytes), not the username in any case or direction, not one of the passwords every guesser tries first, and
 * not a single character repeated.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 72;

    private static final Set<String> COMMON = Set.of("123456789012", "1234567890123", "qwertyuiopas", "password1234",
            "password12345", "passwordpassword", "iloveyou1234", "adminadmin12", "administrator", "letmein12345",
            "qwerty123456", "welcome12345", "abc123456789", "1q2w3e4r5t6y", "changeme1234", "chuanyu12345",
            "metrology123", "metrology1234", "p@ssw0rd1234", "a1b2c3d4e5f6");

    private PasswordPolicy() {
    }

    /** The reasons the password is refused; empty when it is acceptable. */
    public static List<Message> problems(String username, String password) {
        List<Message> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add(Message.of("problem.password.tooShort", MIN_LENGTH));
            return problems;
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_LENGTH) {
            problems.add(Message.of("problem.password.tooLong", MAX_LENGTH));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && (lower.contains(username.toLowerCase(Locale.ROOT))
                || lower.contains(new StringBuilder(username.toLowerCase(Locale.ROOT)).reverse()))) {
            problems.add(Message.of("problem.password.username"));
        }
        if (COMMON.contains(lower)) {
            problems.add(Message.of("problem.password.common"));
        }
        if (lower.chars().distinct().count() == 1) {
            problems.add(Message.of("problem.password.repeated"));
        }
        return problems;
    }
}
