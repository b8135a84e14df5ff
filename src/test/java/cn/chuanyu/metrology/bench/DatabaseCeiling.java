package cn.chuanyu.metrology.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What the PostgreSQL server itself can commit: single-row autocommit inserts from N threads (like
 * {@code pgbench -N}, with {@code synchronous_commit=on}), and the committed transactions of a database.
 */
final class DatabaseCeiling {

    private final String jdbcUrl;
    private final String user;
    private final String password;

    DatabaseCeiling(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    /** Commits per second of {@code threads} connections inserting one row per transaction for {@code millis}. */
    double writeTransactionsPerSecond(int threads, long millis) throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists bench_ceiling (id bigserial primary key, thread int, "
                    + "at timestamptz not null default now())");
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long deadline = System.nanoTime() + millis * 1_000_000;
            long start = System.nanoTime();
            List<Future<Integer>> counts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                counts.add(pool.submit(() -> {
                    int commits = 0;
                    try (Connection connection = connect();
                         PreparedStatement insert = connection.prepareStatement(
                                 "insert into bench_ceiling (thread) values (?)")) {
                        while (System.nanoTime() < deadline) {
                            insert.setInt(1, thread);
                            insert.executeUpdate();
                            commits++;
                        }
                    }
                    return commits;
                }));
            }
            long total = 0;
            for (Future<Integer> count : counts) {
                total += count.get();
            }
            return total / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The database's committed transactions so far, after the statistics of finished sessions are flushed. */
    long commitsOf(String database) throws SQLException {
        // a backend flushes its statistics at the latest 10 s after it went idle (PostgreSQL 15 and later)
        HttpLifecycles.pause(11_000);
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("select pg_stat_clear_snapshot()");
            try (ResultSet rs = statement.executeQuery(
                    "select xact_commit from pg_stat_database where datname = '" + database + "'")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Bytes of write-ahead log the server has written so far (all databases). */
    long walBytes() throws SQLException {
        return single("select pg_current_wal_lsn() - '0/0'::pg_lsn");
    }

    /**
     * The next transaction id the server will hand out. Only a transaction that writes gets one, so the difference
     * over a window counts writing transactions, whatever the reads and polls in it.
     */
    long nextTransactionId() throws SQLException {
        return single("select pg_snapshot_xmax(pg_current_snapshot())::text::bigint");
    }

    /** The pid of the server's postmaster: the parent of a backend, read while that backend is alive. */
    long postmasterPid() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select pg_backend_pid()")) {
            rs.next();
            return CpuMeter.postmasterOf(rs.getLong(1));
        }
    }

    private long single(String query) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    String serverVersion() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select version()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    String setting(String name) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }
}
