package cn.chuanyu.metrology.audit;

import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * The records of one transaction, appended to the chain just before it commits: the chain lock is then held only
 * for reading the head, the inserts and the commit, not for the rest of the transaction. A rolled-back
 * transaction appends nothing.
 */
final class PendingAppends implements TransactionSynchronization {

    private final ChainAppender appender;
    private final TransactionTemplate newTransaction;
    private final List<UnlinkedRecord> records = new ArrayList<>();
    private boolean committing;
    private boolean ending;

    private PendingAppends(ChainAppender appender, TransactionTemplate newTransaction) {
        this.appender = appender;
        this.newTransaction = newTransaction;
    }

    /** The pending records of the current transaction, registered with it on first use. */
    static PendingAppends ofCurrentTransaction(ChainAppender appender, TransactionTemplate newTransaction) {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof PendingAppends pending) {
                return pending;
            }
        }
        var pending = new PendingAppends(appender, newTransaction);
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    /**
     * Keeps a record for the commit. One made while committing (the lock is held) joins the transaction at once;
     * one made once the transaction is ending (commit or rollback under way) is appended in a transaction of its own.
     */
    void add(UnlinkedRecord record) {
        if (ending) {
            newTransaction.executeWithoutResult(status -> appender.append(AuditChain.MAIN, List.of(record)));
        } else if (committing) {
            appender.append(AuditChain.MAIN, List.of(record));
        } else {
            records.add(record);
        }
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        committing = true;
        if (!records.isEmpty()) {
            appender.append(AuditChain.MAIN, records);
            records.clear();
        }
    }

    @Override
    public void beforeCompletion() {
        ending = true;
    }

    /**
     * Records that missed the before-commit round (this synchronization was registered during it, by another one's
     * callback) are appended right after the commit rather than lost.
     */
    @Override
    public void afterCompletion(int status) {
        if (status == STATUS_COMMITTED && !records.isEmpty()) {
            newTransaction.executeWithoutResult(tx -> appender.append(AuditChain.MAIN, records));
            records.clear();
        }
    }

    /** Last, so records made by other synchronizations' before-commit callbacks are appended with the rest. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
