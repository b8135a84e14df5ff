package cn.chuanyu.metrology.security;

import java.util.List;

/** A chosen password breaks the {@link PasswordPolicy}: answered with 400 naming the field {@code password}. */
public class WeakPasswordException extends RuntimeException {

    private final transient List<String> reasons;

    WeakPasswordException(List<String> reasons) {
        super("password: " + String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
