package cn.chuanyu.metrology.web;

/** A request that conflicts with the current state (stale version, duplicate key, work already running): 409. */
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String message) {
        this(null, message);
    }

    /** A conflict caused by the value of one field, e.g. a credit code that is already registered. */
    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
