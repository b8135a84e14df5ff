package cn.chuanyu.metrology.kernel;

import java.util.List;

/** The caller may see the record but not do this to it: HTTP 403. */
public final class ForbiddenException extends RefusedException {

    public ForbiddenException(Message detail) {
        super(detail, List.of());
    }

    public ForbiddenException(String code, Object... arguments) {
        this(Message.of(code, arguments));
    }
}
