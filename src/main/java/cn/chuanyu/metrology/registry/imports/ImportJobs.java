package cn.chuanyu.metrology.registry.imports;

import cn.chuanyu.metrology.audit.AuditEntry;
import cn.chuanyu.metrology.audit.AuditLog;
import cn.chuanyu.metrology.kernel.ConflictException;
import cn.chuanyu.metrology.kernel.FieldProblem;
import cn.chuanyu.metrology.kernel.NotFoundException;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Starts CSV imports of parties or staff as jobs: the file is spooled to disk (hashing it), a job is recorded
 * (one running job per file content, so a second upload of the same file meanwhile is a 409), and the rows are
 * checked and written in the background in one transaction, all or nothing.
 */
@Service
public class ImportJobs {

    public static final int ERRORS_SHOWN = 100;
    private static final int STALE_MINUTES = 10;
    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final ImportJobJdbc jobs;
    private final RowFormats formats;
    private final TransactionTemplate importTransaction;
    private final TransactionTemplate publishTransaction;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "registry-import");
        thread.setDaemon(true);
        return thread;
    });

    private final AuditLog auditLog;

    ImportJobs(ImportJobJdbc jobs, RowFormats formats, PlatformTransactionManager transactionManager,
               AuditLog auditLog) {
        this.auditLog = auditLog;
        this.jobs = jobs;
        this.formats = formats;
        this.importTransaction = new TransactionTemplate(transactionManager);
        this.publishTransaction = new TransactionTemplate(transactionManager);
        this.publishTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Records a job for the uploaded file and starts it; a 409 when the same file is being imported already. */
    public ImportJobView start(ImportKind kind, InputStream content, String fileName, String startedBy) {
        SpooledUpload upload = SpooledUpload.of(content);
        long id;
        try {
            jobs.abandonStale(kind, upload.sha256(), STALE_MINUTES);
            id = jobs.create(kind, upload.sha256(), fileName, startedBy);
        } catch (DuplicateKeyException e) {
            upload.delete();
            throw new ConflictException(FieldProblem.of("file", "problem.import.running"));
        } catch (RuntimeException e) {
            upload.delete();
            throw e;
        }
        auditLog.recordAs(startedBy, AuditEntry.of("REGISTRY_IMPORT_STARTED", "import-job", id).with(Map.of(
                "kind", kind.name(), "fileName", String.valueOf(fileName), "sha256", upload.sha256())));
        executor.execute(() -> execute(id, kind, upload, startedBy));
        return get(id);
    }

    public ImportJobView get(long id) {
        return jobs.find(id, ERRORS_SHOWN).orElseThrow(() -> new NotFoundException("problem.import.notFound", id));
    }

    /** Every problem of an import in row order. */
    public void eachError(long id, Consumer<RowProblem> consumer) {
        get(id);
        jobs.eachError(id, consumer);
    }

    private void execute(long id, ImportKind kind, SpooledUpload upload, String startedBy) {
        ImportRun<?> run = new ImportRun<>(id, formats.of(kind), jobs, publishTransaction);
        try {
            boolean imported = Boolean.TRUE.equals(importTransaction.execute(status -> {
                ImportProgress progress = read(run, upload.path());
                if (progress.errorCount() > 0) {
                    status.setRollbackOnly();
                    return false;
                }
                jobs.finish(id, "SUCCEEDED", progress, null);
                auditLog.recordAs(startedBy, AuditEntry.of("REGISTRY_IMPORTED", "import-job", id)
                        .with(Map.of("kind", kind.name(), "rowsImported", progress.rowsImported())));
                return true;
            }));
            if (!imported) {
                fail(id, run, run.progress().errorCount() + " problem(s) found; nothing was imported");
            }
        } catch (DuplicateKeyException e) {
            fail(id, run, "a row was registered by someone else meanwhile; nothing was imported");
        } catch (RuntimeException e) {
            log.warn("Import {} failed", id, e);
            fail(id, run, "the import failed (" + e.getClass().getSimpleName() + "); nothing was imported");
        } finally {
            upload.delete();
        }
    }

    private static ImportProgress read(ImportRun<?> run, Path file) {
        try (var reader = SpooledUpload.reader(file)) {
            return run.run(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fail(long id, ImportRun<?> run, String message) {
        ImportProgress progress = run.progress();
        publishTransaction.executeWithoutResult(status -> jobs.finish(id, "FAILED",
                new ImportProgress(progress.rowsRead(), progress.rowsValidated(), 0, progress.errorCount()), message));
    }

    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
            executor.shutdownNow();
        }
    }
}
