package cn.chuanyu.metrology.registry.imports;

import java.time.Instant;
import java.util.List;

/**
 * An import job as its starter sees it: status, how far it got, and its bad rows.
 *
 * @param errors the first {@link ImportJobs#ERRORS_SHOWN} problems in row order; all are at the errors resource
 */
public record ImportJobView(long id, ImportKind kind, String status, String fileName, int rowsRead,
                            int rowsValidated, int rowsImported, int errorCount, String message, String startedBy,
                            Instant startedAt, Instant finishedAt, List<RowProblem> errors) {
}
