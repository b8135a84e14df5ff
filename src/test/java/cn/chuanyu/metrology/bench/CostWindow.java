package cn.chuanyu.metrology.bench;

import java.sql.SQLException;

/**
 * What a measured stretch of work cost, whatever it waited on: CPU seconds of the JVM and of PostgreSQL, committed
 * transactions (all, reads and polls included), writing transactions (transaction ids handed out) and bytes of
 * write-ahead log. Opened before the work, closed after its asynchronous tail has drained.
 */
final class CostWindow {

    /** The totals of a window; divide by the lifecycles in it for the cost of one. */
    record Cost(CpuMeter.Use cpu, long commits, long writingTransactions, long walBytes) {

        double serverCpuPer(int lifecycles) {
            return cpu.server() / lifecycles;
        }

        double postgresCpuPer(int lifecycles) {
            return cpu.postgres() / lifecycles;
        }

        double commitsPer(int lifecycles) {
            return commits / (double) lifecycles;
        }

        double writingTransactionsPer(int lifecycles) {
            return writingTransactions / (double) lifecycles;
        }

        double walKibPer(int lifecycles) {
            return walBytes / 1024.0 / lifecycles;
        }
    }

    /** The window's own readings in the database the meter connects to: two after opening, two before closing. */
    private static final int OWN_QUERIES = 4;

    private final DatabaseCeiling database;
    private final String databaseName;
    private final long commits;
    private final long transactionIds;
    private final long wal;

    private CostWindow(DatabaseCeiling database, String databaseName) throws SQLException {
        this.database = database;
        this.databaseName = databaseName;
        this.commits = database.commitsOf(databaseName);
        this.transactionIds = database.nextTransactionId();
        this.wal = database.walBytes();
    }

    /** Opens a window on the committed transactions of {@code databaseName} (waits for the statistics to settle). */
    static CostWindow open(DatabaseCeiling database, String databaseName) throws SQLException {
        return new CostWindow(database, databaseName);
    }

    /**
     * Closes it. {@code cpu} is the CPU of the work itself (read before the statistics' wait); {@code harnessQueries}
     * are the benchmark's own polls of the same database, taken off the committed transactions.
     */
    Cost close(CpuMeter.Use cpu, long harnessQueries) throws SQLException {
        long transactions = database.nextTransactionId() - transactionIds;
        long walBytes = database.walBytes() - wal;
        long own = databaseName.equals(BenchmarkSuite.APP_DATABASE) ? OWN_QUERIES : 0;
        long committed = database.commitsOf(databaseName) - commits - harnessQueries - own;
        return new Cost(cpu, committed, transactions, walBytes);
    }
}
