package cn.chuanyu.metrology.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Scenario 5: cold starts of the default local run (embedded PostgreSQL on an empty data folder, GreenMail, demo
 * data) to {@code /actuator/health} UP, then the resident memory of the application's JVM while 8 clients run
 * lifecycles with the demo accounts.
 */
final class ColdStartScenario {

    private static final String DEMO_PASSWORD = "chuanyu-demo";

    private final Sizes sizes;
    private final Report report;
    private final List<String> jvmArgs;

    ColdStartScenario(Sizes sizes, Report report) {
        this.sizes = sizes;
        this.report = report;
        String args = System.getProperty("bench.childJvmArgs", "").trim();
        this.jvmArgs = args.isEmpty() ? List.of() : Arrays.asList(args.split("\\s+"));
    }

    void run() throws Exception {
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < sizes.coldStarts(); i++) {
            Path folder = Files.createTempDirectory("bench-cold-");
            boolean last = i == sizes.coldStarts() - 1;
            // the database in a folder of its own, so the local run's audit key file lands beside it in this folder
            try (ChildApplication child = ChildApplication.start(folder.resolve("postgres"), BenchmarkSuite.OUT.resolve(
                    "cold-start-" + i + ".log").toAbsolutePath(), jvmArgs)) {
                seconds.add(child.awaitHealthy(Duration.ofMinutes(3)));
                if (last) {
                    memoryUnderLoad(child);
                }
            } finally {
                org.springframework.util.FileSystemUtils.deleteRecursively(folder);
            }
        }
        report.add(new Figure("5 start", "cold start to health UP, empty data folder", "s", seconds, null, "< 20 s",
                Samples.median(seconds) < 20, "child JVM " + (jvmArgs.isEmpty() ? "with default options" : jvmArgs)
                + ", demo data loaded"));
    }

    private void memoryUnderLoad(ChildApplication child) throws Exception {
        List<HttpLifecycles.Client> clients = demoClients(child.jdbcUrl());
        List<Double> rss = Collections.synchronizedList(new ArrayList<>());
        List<Double> postgres = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean loading = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (loading.get()) {
                rss.add(child.residentMib("VmRSS"));
                postgres.add(child.postgresResidentMib());
                HttpLifecycles.pause(500);
            }
        });
        sampler.start();
        HttpLifecycles.Result result = new HttpLifecycles(child.baseUrl(), "supervisor.sc", DEMO_PASSWORD)
                .run(clients, Integer.MAX_VALUE, Duration.ofSeconds(sizes.loadSeconds()));
        loading.set(false);
        sampler.join();
        double peak = child.residentMib("VmHWM");
        report.add(new Figure("5 memory", "resident memory of the JVM under load (VmRSS samples)", "MiB", rss, null,
                "< 1024 MiB", peak < 1024, String.format("peak VmHWM %.0f MiB; %d lifecycles by %d clients in %d s",
                peak, result.lifecycles(), clients.size(), sizes.loadSeconds())));
        report.add(new Figure("5 memory", "resident memory of the embedded PostgreSQL processes", "MiB", postgres,
                null, null, null, "postmaster and backends, sum of VmRSS: shared pages counted per process"));
    }

    private List<HttpLifecycles.Client> demoClients(String jdbcUrl) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("set search_path to public, metrology");
            long a = single(statement, "select staff_id from app_user where username = 'inspector.sc'");
            long b = single(statement, "select staff_id from app_user where username = 'inspector2.sc'");
            List<Long> parties = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select id from party p where province = 'SC'"
                    + " and kind = 'AUTHORISED_BODY' and status = 'ACTIVE' and not exists (select 1 from staff_conflict c"
                    + " where c.party_id = p.id and c.staff_id in (" + a + ", " + b + ")) order by id limit 40")) {
                while (rs.next()) {
                    parties.add(rs.getLong(1));
                }
            }
            List<HttpLifecycles.Client> clients = new ArrayList<>();
            for (int c = 0; c < sizes.clients(); c++) {
                clients.add(new HttpLifecycles.Client("inspector.sc", "inspector2.sc", a, b, parties));
            }
            return clients;
        }
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
