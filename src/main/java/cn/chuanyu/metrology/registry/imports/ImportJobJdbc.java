package cn.chuanyu.metrology.registry.imports;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** SQL for import jobs, their progress and their bad rows. */
@Repository
class ImportJobJdbc {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    ImportJobJdbc(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    /** Marks a running import of the same file that has shown no progress for a while as failed. */
    void abandonStale(ImportKind kind, String hash, int staleMinutes) {
        jdbc.sql("""
                        update import_job set status = 'FAILED', finished_at = now(),
                            message = 'abandoned: no progress for ' || :minutes || ' minutes'
                        where kind = :kind and content_hash = :hash and status = 'RUNNING'
                          and heartbeat_at < now() - make_interval(mins => :minutes)""")
                .param("kind", kind.name()).param("hash", hash).param("minutes", staleMinutes).update();
    }

    /** A new running job; a DuplicateKeyException when the same file is being imported already. */
    long create(ImportKind kind, String hash, String fileName, String startedBy) {
        return jdbc.sql("""
                        insert into import_job (kind, content_hash, file_name, status, started_by)
                        values (:kind, :hash, :fileName, 'RUNNING', :startedBy) returning id""")
                .param("kind", kind.name()).param("hash", hash).param("fileName", fileName)
                .param("startedBy", startedBy).query(Long.class).single();
    }

    void progress(long id, ImportProgress progress) {
        jdbc.sql("""
                        update import_job set rows_read = :read, rows_validated = :validated, rows_imported = :imported,
                            error_count = :errors, heartbeat_at = clock_timestamp() where id = :id""")
                .param("id", id).param("read", progress.rowsRead()).param("validated", progress.rowsValidated())
                .param("imported", progress.rowsImported()).param("errors", progress.errorCount()).update();
    }

    void addErrors(long id, List<RowProblem> problems) {
        jdbcTemplate.batchUpdate("insert into import_error (job_id, row_number, column_name, reason) values (?, ?, ?, ?)",
                problems, 1000, (ps, problem) -> {
                    ps.setLong(1, id);
                    ps.setInt(2, problem.row());
                    ps.setString(3, problem.column());
                    ps.setString(4, problem.reason().length() > 500 ? problem.reason().substring(0, 500) : problem.reason());
                });
    }

    void finish(long id, String status, ImportProgress progress, String message) {
        progress(id, progress);
        jdbc.sql("""
                        update import_job set status = :status, message = :message, finished_at = clock_timestamp()
                        where id = :id""")
                .param("id", id).param("status", status).param("message", message).update();
    }

    Optional<ImportJobView> find(long id, int errorsShown) {
        List<RowProblem> errors = jdbc.sql("""
                        select row_number, column_name, reason from import_error where job_id = :id
                        order by row_number, column_name limit :limit""")
                .param("id", id).param("limit", errorsShown)
                .query((rs, row) -> new RowProblem(rs.getInt(1), rs.getString(2), rs.getString(3))).list();
        return jdbc.sql("select * from import_job where id = :id").param("id", id)
                .query((rs, row) -> view(rs, errors)).optional();
    }

    void eachError(long id, Consumer<RowProblem> consumer) {
        jdbcTemplate.query("select row_number, column_name, reason from import_error where job_id = ?"
                        + " order by row_number, column_name",
                rs -> {
                    consumer.accept(new RowProblem(rs.getInt(1), rs.getString(2), rs.getString(3)));
                }, id);
    }

    private static ImportJobView view(ResultSet rs, List<RowProblem> errors) throws SQLException {
        return new ImportJobView(rs.getLong("id"), ImportKind.valueOf(rs.getString("kind")), rs.getString("status"),
                rs.getString("file_name"), rs.getInt("rows_read"), rs.getInt("rows_validated"),
                rs.getInt("rows_imported"), rs.getInt("error_count"), rs.getString("message"),
                rs.getString("started_by"), instant(rs, "started_at"), instant(rs, "finished_at"), errors);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
