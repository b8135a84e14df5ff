package cn.chuanyu.metrology.kernel;

import java.util.List;

/** No such record, or one the caller may not see (we do not tell the two apart): HTTP 404. */
public final class NotFoundException extends RefusedException {

    public NotFoundException(Message detail) {
        super(detail, List.of());
    }

    public NotFoundException(String code, Object... arguments) {
        this(Message.of(code, arguments));
    }
}
