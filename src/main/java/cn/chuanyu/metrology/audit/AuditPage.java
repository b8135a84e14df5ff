package cn.chuanyu.metrology.audit;

import java.util.List;

/** One page of audit records, newest first, with the number of records matching the filters. */
public record AuditPage(List<AuditRecord> records, int page, int size, long total) {
}
