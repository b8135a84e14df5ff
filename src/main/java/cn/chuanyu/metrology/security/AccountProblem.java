package cn.chuanyu.metrology.security;

import java.util.List;

/** An account change refused, with each reason beside the field of the form it belongs to (message keys). */
class AccountProblem extends RuntimeException {

    private final transient List<Reason> reasons;

    AccountProblem(List<Reason> reasons) {
        super(reasons.toString());
        this.reasons = List.copyOf(reasons);
    }

    AccountProblem(String field, String messageKey, String... arguments) {
        this(List.of(new Reason(field, messageKey, arguments)));
    }

    List<Reason> reasons() {
        return reasons;
    }

    /** One refused field: the message key and its arguments. */
    record Reason(String field, String messageKey, Object... arguments) {
    }
}
