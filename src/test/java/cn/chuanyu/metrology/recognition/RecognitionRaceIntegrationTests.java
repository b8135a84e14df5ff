package cn.chuanyu.metrology.recognition;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.inspection.Inspections;
import cn.chuanyu.metrology.security.Role;
import cn.chuanyu.metrology.security.UserAccounts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Two supervisors of the receiving province decide the same request at the same moment: one decision stands. */
@IntegrationTest
class RecognitionRaceIntegrationTests {

    private static final int ROUNDS = 5;
    // two threads of its own: the common pool has one thread on a two-core machine, which would take turns
    private final ExecutorService racers = Executors.newFixedThreadPool(2);

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    Inspections inspections;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    ObjectMapper json;
    @Autowired
    Clock clock;

    @Test
    void twoSupervisorsDecidingOneRequestAtOnceGetOneDecisionAndOneConflict() throws Exception {
        RecognitionFixtures fixtures = new RecognitionFixtures(jdbc, accounts, encoder, inspections, tasks);
        LocalDate today = LocalDate.now(clock);
        String raiser = fixtures.user("SC", Role.SUPERVISOR).username();
        String accepting = fixtures.user("CQ", Role.SUPERVISOR).username();
        String refusing = fixtures.user("CQ", Role.SUPERVISOR).username();
        for (int round = 0; round < ROUNDS; round++) {
            long party = fixtures.party("SC", "WATER_METER");
            long inspection = fixtures.concludedInspection(party, "SC", today, 0, 0);
            long id = body(post(raiser, "/api/recognitions", Map.of("partyId", party, "inspectionId", inspection,
                    "province", "CQ", "categories", List.of("WATER_METER"),
                    "validUntil", today.plusYears(1).toString(), "onBehalfOfParty", true))).at("/id").asLong();

            CountDownLatch start = new CountDownLatch(1);
            CompletableFuture<ResponseEntity<String>> accept = decide(start, accepting, id, Map.of("decision", "ACCEPT"));
            CompletableFuture<ResponseEntity<String>> refuse = decide(start, refusing, id,
                    Map.of("decision", "REFUSE", "reason", "同一时间的另一审核意见"));
            start.countDown();

            List<ResponseEntity<String>> answers = List.of(accept.get(60, TimeUnit.SECONDS),
                    refuse.get(60, TimeUnit.SECONDS));
            assertThat(answers).extracting(ResponseEntity::getStatusCode)
                    .containsExactlyInAnyOrder(HttpStatus.OK, HttpStatus.CONFLICT);
            ResponseEntity<String> loser = answers.stream()
                    .filter(a -> a.getStatusCode() == HttpStatus.CONFLICT).findFirst().orElseThrow();
            assertThat(loser.getHeaders().getContentType()).hasToString("application/problem+json");
            assertThat(loser.getBody()).contains("not awaiting a decision");
            String winner = answers.get(0).getStatusCode() == HttpStatus.OK ? "ACCEPT" : "REFUSE";
            assertThat(jdbc.sql("select decision from recognition where id = :id").param("id", id)
                    .query(String.class).single()).isEqualTo(winner);
            assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(String.valueOf(id))
                    .taskDefinitionKey("Task_DecideRecognition").finished().count()).isOne();
        }
    }

    private CompletableFuture<ResponseEntity<String>> decide(CountDownLatch start, String user, long id,
                                                             Map<String, Object> decision) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return post(user, "/api/recognitions/" + id + "/decision", decision);
        }, racers);
    }

    private ResponseEntity<String> post(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAcceptLanguageAsLocales(List.of(Locale.ENGLISH));
        return http.withBasicAuth(user, RecognitionFixtures.PASSWORD)
                .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private JsonNode body(ResponseEntity<String> response) {
        try {
            return json.readTree(response.getBody());
        } catch (Exception e) {
            throw new AssertionError(response.getStatusCode() + " " + response.getBody(), e);
        }
    }
}
