package cn.chuanyu.metrology.audit;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Appends records to the application's audit chain ({@link AuditChain#MAIN}). Inside a transaction the records join the chain just before it commits (so
 * a rollback leaves none, and the chain lock is held only for the append and the commit); without one they are
 * appended at once in a transaction of their own. The recorded time is when the act was recorded; the sequence
 * number is the order in which the records were committed.
 */
@Service
public class AuditLog {

    /** The actor of changes made by the engine or a scheduled job, with nobody signed in. */
    public static final String SYSTEM = "system";

    private final ChainAppender appender;
    private final TransactionTemplate ownTransaction;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    AuditLog(ChainAppender appender, PlatformTransactionManager transactions, Clock clock) {
        this.appender = appender;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Records an act of the signed-in user (or {@link #SYSTEM}). */
    public void record(AuditEntry entry) {
        recordAs(currentActor(), entry);
    }

    /** Records an act of the signed-in user (or {@link #SYSTEM}) on a subject, with small details. */
    public void record(String action, String subjectType, Object subjectId, Map<String, ?> detail) {
        record(AuditEntry.of(action, subjectType, subjectId).with(detail));
    }

    /** Records an act of the named actor, e.g. a sign-in attempt made before anyone is signed in. */
    public void recordAs(String actor, AuditEntry entry) {
        UnlinkedRecord record = unlinked(actor, entry);
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isSynchronizationActive()) {
            PendingAppends.ofCurrentTransaction(appender, newTransaction).add(record);
        } else {
            ownTransaction.executeWithoutResult(status -> appender.append(AuditChain.MAIN, List.of(record)));
        }
    }

    /** Appends a record to the named chain at once, in a transaction of its own (a chain of a test, say). */
    void appendNow(String chainId, String actor, AuditEntry entry) {
        UnlinkedRecord record = unlinked(actor, entry);
        newTransaction.executeWithoutResult(status -> appender.append(chainId, List.of(record)));
    }

    private UnlinkedRecord unlinked(String actor, AuditEntry entry) {
        return new UnlinkedRecord(clock.instant().truncatedTo(ChronoUnit.MICROS), actor, entry.action(),
                entry.subjectType(), entry.subjectId(), Json.of(entry.detail()));
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return SYSTEM;
        }
        return authentication.getName();
    }
}
