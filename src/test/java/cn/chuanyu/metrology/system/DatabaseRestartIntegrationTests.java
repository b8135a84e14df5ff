package cn.chuanyu.metrology.system;

import cn.chuanyu.metrology.SecondNode;
import cn.chuanyu.metrology.inspection.Inspections;
import cn.chuanyu.metrology.inspection.OpenInspection;
import cn.chuanyu.metrology.inspection.RecordSignatures;
import cn.chuanyu.metrology.security.Role;
import cn.chuanyu.metrology.security.UserAccounts;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL restarts while inspectors complete tasks: readiness goes DOWN and back UP, requests meanwhile get a
 * 503 with Retry-After within the pool's 1.5 s wait (never a hang), and every completion the client was told succeeded is in the database afterwards.
 * The node runs in this JVM on a PostgreSQL of its own, so the shared test database is never stopped.
 */
class DatabaseRestartIntegrationTests {

    private static final int TASKS = 40;
    private static final int CLIENTS = 4;
    private static final String PASSWORD = "restart the database";
    private static final Duration NO_HANG = Duration.ofSeconds(15);
    /** The pool's wait for a connection (DB_CONNECTION_TIMEOUT, 1.5 s) and a little for the request itself. */
    private static final Duration FAIL_FAST = Duration.ofMillis(2_500);

    @TempDir
    Path folder;

    private final Set<String> ledger = ConcurrentHashMap.newKeySet();
    private final Map<Integer, AtomicLong> answers = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Long> slowest = new ConcurrentLinkedQueue<>();
    private final Set<String> retryAfterOf503 = ConcurrentHashMap.newKeySet();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aDatabaseRestartUnderLoadFailsRequestsCleanlyAndLosesNoAcknowledgedCompletion() throws Exception {
        var database = new EmbeddedDatabaseProperties(folder.toString(), freePort(), true);
        EmbeddedPostgres postgres = EmbeddedPostgresServer.start(database);
        SecondNode node = SecondNode.start(Map.of(
                "spring.datasource.url", "jdbc:postgresql://localhost:" + database.port() + "/postgres",
                "spring.datasource.username", "postgres", "spring.datasource.password", ""));
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            String inspector = inspectorWithTasks(node);
            List<String> tasks = awaitOnSiteTasks(node);
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                List<String> share = slice(tasks, c);
                running.add(clients.submit(() -> share.forEach(task -> completeUntilAnswered(node, inspector, task))));
            }
            await().atMost(Duration.ofMinutes(2)).until(() -> ledger.size() >= 5);

            postgres.close();
            await().atMost(Duration.ofSeconds(30)).until(() -> status(node, "/actuator/health/readiness") == 503);
            List<Answer> whileDown = List.of(timed(node, null, "/actuator/health/readiness"),
                    timed(node, inspector, "/api/tasks"), timed(node, null, "/api/public/disclosures"),
                    timed(node, inspector, "/api/tasks"));
            HttpResponse<String> page = pageWhileDown(node, "/tasks?lang=en");
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> count(503) >= CLIENTS || running.stream().allMatch(Future::isDone));
            postgres = EmbeddedPostgresServer.start(database);
            await().atMost(Duration.ofSeconds(60)).until(() -> status(node, "/actuator/health/readiness") == 200);
            for (Future<?> client : running) {
                client.get(3, TimeUnit.MINUTES);
            }

            LoggerFactory.getLogger(DatabaseRestartIntegrationTests.class).info(
                    "database restart: answers {}, acknowledged {}, slowest {} ms", answers, ledger.size(),
                    slowest.stream().mapToLong(Long::longValue).max().orElse(0));
            LoggerFactory.getLogger(DatabaseRestartIntegrationTests.class).info("with the database stopped: {}",
                    whileDown);
            assertThat(whileDown).as("answers while the database was stopped").allSatisfy(answer -> {
                assertThat(answer.status()).isEqualTo(503);
                assertThat(answer.millis()).isLessThanOrEqualTo(FAIL_FAST.toMillis());
            });
            assertThat(whileDown.subList(1, whileDown.size())).as("API answers say when to try again")
                    .allSatisfy(answer -> assertThat(answer.retryAfter()).isEqualTo("5"));
            assertThat(page.statusCode()).as("a browser's page while the database was stopped").isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).as("the page says when to try again too")
                    .contains("5");
            assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(page.body()).contains("<html lang=\"en\"", "Temporarily unavailable", "try again in 5 seconds",
                    "/css/app.css");
            assertThat(answers.keySet()).as("answers seen: " + answers).isSubsetOf(204, 409, 503);
            assertThat(retryAfterOf503).as("every 503 a client got said Retry-After: 5").isIn(Set.of(), Set.of("5"));
            JdbcClient db = node.bean(JdbcClient.class);
            List<String> completed = db.sql("select id_ from act_hi_taskinst where task_def_key_ = 'Task_InspectOnSite'"
                    + " and end_time_ is not null and delete_reason_ = 'completed'").query(String.class).list();
            assertThat(completed).as("every completion the client was told of is stored").containsAll(ledger);
            assertThat(db.sql("select count(*) from act_ru_task where task_def_key_ = 'Task_InspectOnSite'")
                    .query(Long.class).single()).as("no task left behind").isZero();
            assertThat(db.sql("select count(*) from inspection_event where action = 'FINDINGS_SUBMITTED'"
                            + " group by inspection_id having count(*) > 1").query(Long.class).list())
                    .as("no completion written twice").isEmpty();
            assertThat(slowest).as("no request hung").allSatisfy(ms -> assertThat(ms).isLessThan(NO_HANG.toMillis()));
        } finally {
            clients.shutdownNow();
            node.close();
            postgres.close();
        }
    }

    private String inspectorWithTasks(SecondNode node) {
        JdbcClient db = node.bean(JdbcClient.class);
        List<Long> team = new ArrayList<>();
        for (String no : List.of("DBR1", "DBR2")) {
            team.add(db.sql("insert into staff (staff_no, role, name_zh, province) values (:no, 'INSPECTOR', :no, 'SC')"
                    + " returning id").param("no", no).query(Long.class).single());
        }
        node.bean(UserAccounts.class).create(new UserAccounts.NewAccount("restart-inspector",
                node.bean(PasswordEncoder.class).encode(PASSWORD), "重启检查员", Role.INSPECTOR, "SC", team.get(0)));
        node.bean(UserAccounts.class).create(new UserAccounts.NewAccount("restart-colleague",
                node.bean(PasswordEncoder.class).encode(PASSWORD), "重启检查员二", Role.INSPECTOR, "SC", team.get(1)));
        Inspections inspections = node.bean(Inspections.class);
        List<Long> opened = new ArrayList<>();
        for (int i = 0; i < TASKS; i++) {
            long party = db.sql("""
                            insert into party (credit_code, kind, name_zh, province, region_code, risk_class, contact_emails)
                            values (:code, 'AUTHORISED_BODY', :name, 'SC', '510100', 'MEDIUM', '{restart@example.cn}')
                            returning id""")
                    .param("code", String.format("91510100%09dX", i)).param("name", "重启测试单位" + i)
                    .query(Long.class).single();
            opened.add(inspections.open(new OpenInspection(party, team, LocalDate.of(2027, 3, 1), null),
                    "restart-test"));
        }
        awaitOnSiteTasks(node);
        // on site, each record is signed by the representative and confirmed by both inspectors first
        String signature;
        try {
            signature = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(RecordSignatures.body());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        for (long id : opened) {
            assertThat(post(node, "restart-inspector", "/api/inspections/" + id + "/record/signature", signature)
                    .statusCode()).isEqualTo(204);
            for (String user : List.of("restart-inspector", "restart-colleague")) {
                assertThat(post(node, user, "/api/inspections/" + id + "/record/confirmation", "").statusCode())
                        .isEqualTo(204);
            }
        }
        return "restart-inspector";
    }

    private static List<String> awaitOnSiteTasks(SecondNode node) {
        TaskService tasks = node.bean(TaskService.class);
        await().atMost(Duration.ofMinutes(2)).until(() ->
                tasks.createTaskQuery().taskDefinitionKey("Task_InspectOnSite").count() == TASKS);
        return tasks.createTaskQuery().taskDefinitionKey("Task_InspectOnSite").list().stream().map(Task::getId).toList();
    }

    /** Completes one task, retrying while the service says 503; 409 means an earlier try went through after all. */
    private void completeUntilAnswered(SecondNode node, String user, String task) {
        while (!Thread.currentThread().isInterrupted()) {
            long began = System.nanoTime();
            HttpResponse<Void> answer = post(node, user, "/api/tasks/" + task + "/complete", "{\"kind\":\"ON_SITE\"}");
            int status = answer == null ? -1 : answer.statusCode();
            if (status == 503) {
                retryAfterOf503.add(answer.headers().firstValue("Retry-After").orElse("none"));
            }
            slowest.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began));
            answers.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
            if (status == 204) {
                ledger.add(task);
                return;
            }
            if (status != 503) {
                return;
            }
            await().pollDelay(Duration.ofMillis(200)).until(() -> true);
        }
    }

    /** One GET while the database is stopped: its status, how long the answer took and its Retry-After. */
    private Answer timed(SecondNode node, String user, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + node.port() + path))
                .timeout(NO_HANG).header("Accept", "application/json");
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        long began = System.nanoTime();
        HttpResponse<Void> response = http.send(request.GET().build(), HttpResponse.BodyHandlers.discarding());
        return new Answer(path, response.statusCode(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began),
                response.headers().firstValue("Retry-After").orElse(null));
    }

    /**
     * A browser's page request with the session cookie it would carry: reading the session is the first thing that
     * needs the database.
     */
    private HttpResponse<String> pageWhileDown(SecondNode node, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + node.port() + path)).timeout(NO_HANG)
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .header("Cookie", "JSESSIONID=" + Base64.getEncoder().encodeToString(
                        UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)) + "; lang=en").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private record Answer(String path, int status, long millis, String retryAfter) {
    }

    private long count(int status) {
        return answers.getOrDefault(status, new AtomicLong()).get();
    }

    private int status(SecondNode node, String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + node.port() + path))
                    .timeout(NO_HANG).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The answer to a signed-in POST; null when the node could not be reached at all. */
    private HttpResponse<Void> post(SecondNode node, String user, String path, String json) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + node.port() + path))
                .timeout(NO_HANG).header("Authorization", basic(user))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** The answer to a signed-in GET (the node must be reachable). */
    private HttpResponse<Void> answer(SecondNode node, String user, String path) {
        HttpResponse<Void> response = send(HttpRequest.newBuilder(URI.create("http://localhost:" + node.port() + path))
                .timeout(NO_HANG).header("Authorization", basic(user)).GET().build());
        assertThat(response).as("the node answers during the outage").isNotNull();
        return response;
    }

    private HttpResponse<Void> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> slice(List<String> tasks, int client) {
        List<String> share = new ArrayList<>();
        for (int i = client; i < tasks.size(); i += CLIENTS) {
            share.add(tasks.get(i));
        }
        return share;
    }

    private static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
