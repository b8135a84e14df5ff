package cn.chuanyu.metrology.audit;

/** Filters for listing audit records (null = any) and the page wanted (from 0). */
public record AuditQuery(String actor, String action, String subjectType, String subjectId, int page, int size) {
}
