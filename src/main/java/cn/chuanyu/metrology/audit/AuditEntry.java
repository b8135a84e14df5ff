package cn.chuanyu.metrology.audit;

import java.util.Map;

/**
 * What to record: the action (e.g. {@code PARTY_UPDATED}), the subject it touched and a few small values
 * (ids, decisions, reasons) kept as JSON. The actor and time are added by {@link AuditLog}.
 */
public record AuditEntry(String action, String subjectType, String subjectId, Map<String, ?> detail) {

    public AuditEntry {
        detail = detail == null ? Map.of() : detail;
    }

    public static AuditEntry of(String action, String subjectType, Object subjectId) {
        return new AuditEntry(action, subjectType, subjectId == null ? null : subjectId.toString(), Map.of());
    }

    public AuditEntry with(Map<String, ?> moreDetail) {
        return new AuditEntry(action, subjectType, subjectId, moreDetail);
    }
}
