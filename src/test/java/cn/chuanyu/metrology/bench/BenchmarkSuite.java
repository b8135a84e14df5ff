package cn.chuanyu.metrology.bench;

import cn.chuanyu.metrology.MetrologyApplication;
import cn.chuanyu.metrology.planning.draw.DrawBenchmark;
import cn.chuanyu.metrology.security.Role;
import cn.chuanyu.metrology.security.UserAccounts;
import com.icegreen.greenmail.util.GreenMail;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs every scenario of issue 9 against the application and, where there is one, against bare Camunda in the
 * same run, and writes {@code target/bench/report.json} and {@code report.md}. Run by {@code ./mvnw -Pbench verify}.
 */
public final class BenchmarkSuite {

    static final Path OUT = Path.of("target", "bench");
    static final String APP_DATABASE = "postgres";
    static final String BASELINE_DATABASE = "camunda_baseline";

    private final Sizes sizes;
    private final Report report = new Report();

    private BenchmarkSuite(Sizes sizes) {
        this.sizes = sizes;
    }

    public static void main(String[] args) throws Exception {
        BenchmarkSuite suite = new BenchmarkSuite(Sizes.fromSystemProperties());
        java.nio.file.Files.createDirectories(OUT);
        try {
            suite.run();
        } finally {
            suite.report.write(OUT);
            System.out.println("[bench] wrote " + OUT.resolve("report.md").toAbsolutePath());
        }
        System.exit(0);
    }

    private void run() throws Exception {
        report.fact("sizes", sizes.toString());
        report.fact("cores", Runtime.getRuntime().availableProcessors());
        report.fact("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        report.fact("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        if (selected("draw")) {
            drawScenario();
        }
        try (EmbeddedPostgres postgres = startDatabase();
             ConfigurableApplicationContext app = startApplication(postgres.getPort())) {
            String serverUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/";
            DatabaseCeiling database = new DatabaseCeiling(serverUrl + APP_DATABASE, "postgres", "");
            report.fact("postgresql", database.serverVersion());
            report.fact("synchronous_commit", database.setting("synchronous_commit"));
            report.fact("fsync", database.setting("fsync"));
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            createBaselineDatabase(jdbc);
            Register register = new Register(jdbc, app.getBean(UserAccounts.class),
                    app.getBean(PasswordEncoder.class));
            long loadStart = System.nanoTime();
            register.load(sizes.parties(), sizes.inspectors());
            report.note(String.format("register of %d parties and %d inspectors generated in %.1f s", sizes.parties(),
                    sizes.inspectors(), (System.nanoTime() - loadStart) / 1e9));
            String baseUrl = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            try (BaselineEngine baseline = new BaselineEngine(serverUrl + BASELINE_DATABASE, "postgres", "")) {
                CpuMeter cpu = new CpuMeter(database.postmasterPid());
                StatementLedger statements = new StatementLedger(serverUrl, "postgres", APP_DATABASE);
                new Scenarios(sizes, report, jdbc, register, new Scenarios.Meters(database, cpu, statements), baseline,
                        baseUrl).runAll();
            }
            if (named("soak")) {
                new SoakRun(sizes, report, jdbc, register, app.getBean(GreenMail.class), baseUrl).run();
            }
        }
        try {
            if (selected("start")) {
                new ColdStartScenario(sizes, report).run();
            }
        } catch (Exception e) {
            e.printStackTrace();
            report.note("scenario 5 failed: " + e);
        }
    }

    /**
     * Whether a scenario runs: all unless {@code -Dbench.only=} names some of draw, ceiling, lifecycles,
     * saturation, starts, queues, start (cold start and memory).
     */
    static boolean selected(String scenario) {
        String only = System.getProperty("bench.only", "all");
        return only.isBlank() || only.equals("all") || named(scenario);
    }

    /** Whether {@code -Dbench.only=} names the scenario: the soak run (an hour by default) runs only when named. */
    static boolean named(String scenario) {
        return List.of(System.getProperty("bench.only", "all").split(",")).contains(scenario);
    }

    private void drawScenario() {
        long[] millis = DrawBenchmark.measure(sizes.parties(), sizes.inspectors(), 2 + Math.max(3, sizes.repeats()),
                false);
        List<Double> measured = Arrays.stream(millis).skip(2).mapToObj(m -> (double) m).toList();
        report.add(new Figure("1 draw", "draw + teams (in memory, DrawBenchmark)", "ms", measured, null,
                "< 2000 ms", Samples.median(measured) < 2000,
                sizes.parties() + " parties, " + sizes.inspectors() + " inspectors, after 2 warm-up runs"));
    }

    /**
     * The benchmark's own PostgreSQL server, set up as the application's embedded one (durable: fsync and
     * synchronous commit on) plus {@code pg_stat_statements}, so every statement of a lifecycle can be counted.
     */
    private static EmbeddedPostgres startDatabase() throws java.io.IOException {
        return EmbeddedPostgres.builder().setCleanDataDirectory(true).setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "100").setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("shared_preload_libraries", "pg_stat_statements").start();
    }

    /** Command-line arguments, so they win over application.yaml and the environment. */
    private static ConfigurableApplicationContext startApplication(int databasePort) {
        return new SpringApplicationBuilder(MetrologyApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:postgresql://localhost:" + databasePort + "/" + APP_DATABASE,
                "--spring.datasource.username=postgres",
                "--chuanyu.audit.chain.key=bench-1:BENCH-ONLY-audit-chain-key-0123456789abcdef",
                "--chuanyu.embedded-mail.port=0",
                "--chuanyu.demo.enabled=false",
                "--logging.level.root=WARN",
                "--logging.level.cn.chuanyu=INFO");
    }

    private static void createBaselineDatabase(JdbcClient jdbc) {
        jdbc.sql("create database " + BASELINE_DATABASE).update();
    }

    static List<HttpLifecycles.Client> clients(Register register, int count, String prefix) {
        List<Long> parties = register.partyIds("SC", 1_000);
        List<HttpLifecycles.Client> clients = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            String a = register.account(prefix + ".a" + c, Role.INSPECTOR, "SC", null);
            String b = register.account(prefix + ".b" + c, Role.INSPECTOR, "SC", null);
            List<Long> mine = parties.subList(c * parties.size() / count, (c + 1) * parties.size() / count);
            clients.add(new HttpLifecycles.Client(a, b, register.staffIdOf(a), register.staffIdOf(b), mine));
        }
        return clients;
    }
}
