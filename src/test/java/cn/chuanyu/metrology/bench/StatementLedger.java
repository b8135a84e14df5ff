package cn.chuanyu.metrology.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every statement the server ran for one database between a reset and a reading, from {@code pg_stat_statements}
 * (loaded by the benchmark's own PostgreSQL server): calls per lifecycle by statement and by table, and the
 * transaction ends (COMMIT, ROLLBACK) among them.
 */
final class StatementLedger {

    /** One normalised statement and how often it ran. */
    record Entry(String query, long calls, double millis, long rows) {

        /** The first table it reads or writes, or what kind of statement it is. */
        String table() {
            String q = query.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
            if (q.equals("commit") || q.equals("rollback") || q.startsWith("begin")) {
                return "(" + q.split(" ")[0] + ")";
            }
            Matcher m = TABLE.matcher(q);
            return m.find() ? m.group(1) : "(" + q.split(" ")[0] + ")";
        }
    }

    private static final Pattern TABLE = Pattern.compile(
            "(?:\\bfrom|\\binto|^update|\\bjoin)\\s+(?:only\\s+)?(?:\\w+\\.)?([a-z_][a-z0-9_]*)");

    private final String jdbcUrl;
    private final String user;
    private final String database;

    StatementLedger(String serverUrl, String user, String database) {
        this.jdbcUrl = serverUrl + database;
        this.user = user;
        this.database = database;
    }

    /** Creates the view and forgets what ran so far. */
    void reset() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("create extension if not exists pg_stat_statements");
            statement.execute("select pg_stat_statements_reset()");
        }
    }

    /** The statements run in the database since the reset, most frequent first. */
    List<Entry> read() throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement("""
                select s.query, s.calls, s.total_exec_time, s.rows from pg_stat_statements s
                join pg_database d on d.oid = s.dbid where d.datname = ? and s.query not like '%pg_stat_statements%'
                order by s.calls desc""")) {
            query.setString(1, database);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    entries.add(new Entry(rs.getString(1), rs.getLong(2), rs.getDouble(3), rs.getLong(4)));
                }
            }
        }
        return entries;
    }

    /** Calls per lifecycle by table (or statement kind), most first. */
    static Map<String, Double> byTable(List<Entry> entries, int lifecycles) {
        Map<String, Double> tables = new LinkedHashMap<>();
        entries.forEach(e -> tables.merge(e.table(), e.calls() / (double) lifecycles, Double::sum));
        return tables.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .collect(LinkedHashMap::new, (map, e) -> map.put(e.getKey(), e.getValue()), Map::putAll);
    }

    /** A markdown table of the {@code top} statements by calls per lifecycle. */
    static String markdown(List<Entry> entries, int lifecycles, int top) {
        StringBuilder md = new StringBuilder("| calls per lifecycle | ms per lifecycle | table | statement |\n")
                .append("|---|---|---|---|\n");
        entries.stream().limit(top).forEach(e -> md.append(String.format(Locale.ROOT, "| %.2f | %.2f | %s | `%s` |%n",
                e.calls() / (double) lifecycles, e.millis() / lifecycles, e.table(), shorten(e.query()))));
        md.append("\n| table or kind | calls per lifecycle |\n|---|---|\n");
        byTable(entries, lifecycles).forEach((table, calls) ->
                md.append(String.format(Locale.ROOT, "| %s | %.2f |%n", table, calls)));
        return md.toString();
    }

    /** A markdown table of the {@code top} statements by their total execution time. */
    static String markdownByTime(List<Entry> entries, int top) {
        StringBuilder md = new StringBuilder("| total ms | calls | rows | table | statement |\n|---|---|---|---|---|\n");
        entries.stream().sorted(java.util.Comparator.comparingDouble(Entry::millis).reversed()).limit(top)
                .forEach(e -> md.append(String.format(Locale.ROOT, "| %.0f | %d | %d | %s | `%s` |%n", e.millis(),
                        e.calls(), e.rows(), e.table(), shorten(e.query()))));
        return md.toString();
    }

    private static String shorten(String query) {
        String flat = query.replaceAll("\\s+", " ").replace("|", "\\|").replace("`", "'").trim();
        return flat.length() > 140 ? flat.substring(0, 140) + "…" : flat;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, "");
    }
}
