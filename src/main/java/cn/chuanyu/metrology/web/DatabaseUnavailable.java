package cn.chuanyu.metrology.web;

import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure because the database cannot be reached (no connection within the pool's timeout, connection
 * lost, server shutting down) from other failures, so the answer is 503 "try again" rather than 500.
 */
final class DatabaseUnavailable {

    private static final String HIKARI_CLOSED = "Connection is closed";

    private DatabaseUnavailable() {
    }

    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            // a failed rollback hides the failure that caused it
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && causedBy(rollback.getApplicationException())) {
                return true;
            }
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // SQLSTATE class 08: connection exception; 57P: operator intervention (shutdown, cannot connect now)
            if (cause instanceof SQLException sql && (connectionState(sql.getSQLState()) || poolClosed(sql))) {
                return true;
            }
        }
        return false;
    }

    private static boolean connectionState(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P"));
    }

    /** Hikari's answer, without an SQL state, when the pool evicted a broken connection under a transaction. */
    private static boolean poolClosed(SQLException failure) {
        return failure.getSQLState() == null && HIKARI_CLOSED.equals(failure.getMessage());
    }
}
