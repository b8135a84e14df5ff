package cn.chuanyu.metrology.web;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableTests {

    @Test
    void aPoolThatTimedOutWaitingForAConnectionMeansTheDatabaseIsUnavailable() {
        var timeout = new SQLTransientConnectionException("metrology - Connection is not available, request timed out");
        assertThat(DatabaseUnavailable.causedBy(new CannotCreateTransactionException("no connection", timeout))).isTrue();
    }

    @Test
    void aServerShuttingDownOrALostConnectionMeansTheDatabaseIsUnavailable() {
        var shutdown = new SQLException("terminating connection due to administrator command", "57P01");
        var lost = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException("wrapped", shutdown))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException(lost))).isTrue();
    }

    @Test
    void aFailedRollbackIsJudgedByTheFailureThatCausedIt() {
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new RuntimeException(new SQLException("terminating connection", "57P01")));
        assertThat(DatabaseUnavailable.causedBy(rollback)).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new TransactionSystemException("commit failed",
                new SQLException("deadlock detected", "40P01")))).isFalse();
    }

    @Test
    void aConnectionThePoolClosedUnderATransactionMeansTheDatabaseIsUnavailable() {
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("Connection is closed"))))
                .isTrue();
    }

    @Test
    void aConstraintViolationOrAProgrammingErrorIsNotAnOutage() {
        var duplicate = new SQLException("duplicate key value violates unique constraint", "23505");
        assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("duplicate", duplicate))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new NullPointerException())).isFalse();
    }
}
