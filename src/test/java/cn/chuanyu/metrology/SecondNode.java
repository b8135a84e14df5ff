package cn.chuanyu.metrology;

import ch.qos.logback.classic.LoggerContext;
import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.AdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.CockpitRuntimeDelegate;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.TasklistRuntimeDelegate;
import org.camunda.bpm.welcome.Welcome;
import org.camunda.bpm.welcome.WelcomeRuntimeDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A second application node in the test JVM: the same application on another port, on the SAME database and SMTP
 * server as the shared test context, with its own process engine and job executor. Not a test context; close it.
 */
public final class SecondNode implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final WebappRuntimes webappsBefore;

    private SecondNode(ConfigurableApplicationContext context, WebappRuntimes webappsBefore) {
        this.context = context;
        this.webappsBefore = webappsBefore;
    }

    /** Starts a node on the shared context's database (read from its pool) and SMTP port. */
    public static SecondNode start(DataSource sharedDataSource, int smtpPort) {
        return start(sharedDataSource, smtpPort, Map.of());
    }

    /** Starts a node on the shared context's database and SMTP port with some settings of its own. */
    public static SecondNode start(DataSource sharedDataSource, int smtpPort, Map<String, Object> settings) {
        HikariDataSource pool = (HikariDataSource) sharedDataSource;
        Map<String, Object> all = new LinkedHashMap<>(Map.of(
                "spring.datasource.url", pool.getJdbcUrl(),
                "spring.datasource.username", pool.getUsername(),
                "spring.datasource.password", pool.getPassword() == null ? "" : pool.getPassword(),
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", String.valueOf(smtpPort)));
        all.putAll(settings);
        return start(all);
    }

    /**
     * Starts a node with the test profile and the given settings; demo data off, a distinct engine name. Camunda's
     * webapps stay off unless the settings switch them on ({@code camunda.bpm.webapp.enabled=true}): their runtimes
     * are JVM-wide, so the shared context's are put back when this node closes.
     */
    public static SecondNode start(Map<String, Object> settings) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(MetrologyApplication.class).profiles("test");
        Map<String, Object> arguments = new LinkedHashMap<>(Map.of(
                "server.port", "0",
                "chuanyu.demo.enabled", "false",
                "spring.datasource.hikari.pool-name", "secondNode",
                "spring.main.register-shutdown-hook", "false",
                // the engine registers itself by name in a JVM-wide table: the shared context's is "default"
                "camunda.bpm.process-engine-name", "secondNode",
                // Cockpit's runtime is JVM-wide too: the shared context keeps the only one
                "camunda.bpm.webapp.enabled", "false"));
        arguments.putAll(settings);
        WebappRuntimes webappsBefore = "true".equals(String.valueOf(arguments.get("camunda.bpm.webapp.enabled")))
                ? WebappRuntimes.current() : null;
        if (loggingInitialised()) {
            // one logging set-up per JVM: a second node must not reset the shared context's
            List<ApplicationListener<?>> listeners = new ArrayList<>(builder.application().getListeners());
            listeners.removeIf(LoggingApplicationListener.class::isInstance);
            builder.application().setListeners(listeners);
        }
        // as command-line arguments, so they win over application.yaml (default properties would not)
        return new SecondNode(builder.run(arguments.entrySet().stream()
                .map(setting -> "--" + setting.getKey() + "=" + setting.getValue()).toArray(String[]::new)),
                webappsBefore);
    }

    private static boolean loggingInitialised() {
        return LoggerFactory.getILoggerFactory() instanceof LoggerContext logback
                && logback.getObject(LoggingSystem.class.getName()) != null;
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The lock owner its job executor writes into the jobs it takes. */
    public String lockOwner() {
        return bean(ProcessEngineConfigurationImpl.class).getJobExecutor().getLockOwner();
    }

    /**
     * The node dies as far as the database can tell: every connection is cut mid-transaction (what it had not
     * committed is rolled back) and it never commits again, so the jobs it locked stay locked until their lock time
     * runs out, as after a kill -9. Its threads linger in this JVM until {@link #close()}.
     */
    public void die() {
        bean(HikariDataSource.class).close();
    }

    /** Shuts the node down as SIGTERM would (the context's graceful close). */
    @Override
    public void close() {
        context.close();
        if (webappsBefore != null) {
            webappsBefore.restore();
        }
    }

    /** The JVM-wide runtimes of Cockpit, Admin, Tasklist and Welcome, which a closing webapp context clears. */
    private record WebappRuntimes(CockpitRuntimeDelegate cockpit, AdminRuntimeDelegate admin,
                                  TasklistRuntimeDelegate tasklist, WelcomeRuntimeDelegate welcome) {

        static WebappRuntimes current() {
            return new WebappRuntimes(Cockpit.getRuntimeDelegate(), Admin.getRuntimeDelegate(),
                    Tasklist.getRuntimeDelegate(), Welcome.getRuntimeDelegate());
        }

        void restore() {
            Cockpit.setCockpitRuntimeDelegate(cockpit);
            Admin.setAdminRuntimeDelegate(admin);
            Tasklist.setTasklistRuntimeDelegate(tasklist);
            Welcome.setRuntimeDelegate(welcome);
        }
    }
}
