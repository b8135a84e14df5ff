package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.kernel.RefusedException;
import cn.chuanyu.metrology.audit.AuditEntry;
import cn.chuanyu.metrology.audit.AuditLog;
import cn.chuanyu.metrology.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Supplier;

/**
 * Runs a step of the seed ceremony in a transaction; when the step is refused in a way that must be on record (a
 * changed commitment, a reveal that does not match), the transaction rolls back and the refusal is then audited in
 * a transaction of its own, before the caller gets the error.
 */
@Component
class AuditedRefusals {

    private final TransactionTemplate transaction;
    private final AuditLog auditLog;

    AuditedRefusals(PlatformTransactionManager transactions, AuditLog auditLog) {
        this.transaction = new TransactionTemplate(transactions);
        this.auditLog = auditLog;
    }

    <T> T run(CurrentUser user, Supplier<T> step) {
        try {
            return transaction.execute(status -> step.get());
        } catch (Refused refused) {
            auditLog.recordAs(user.username(), refused.entry);
            throw refused.problem;
        }
    }

    /** A refusal to audit: the answer the caller gets, and what the audit log records. */
    static Refused refused(RefusedException problem, AuditEntry entry) {
        return new Refused(problem, entry);
    }

    static final class Refused extends RuntimeException {

        private final transient RefusedException problem;
        private final transient AuditEntry entry;

        private Refused(RefusedException problem, AuditEntry entry) {
            super(problem.getMessage(), null, false, false);
            this.problem = problem;
            this.entry = entry;
        }
    }
}
