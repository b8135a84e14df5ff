package cn.chuanyu.metrology.audit;

import cn.chuanyu.metrology.IntegrationTest;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AuditLogIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    AuditLog auditLog;

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ChainKeys keys;

    @Autowired
    org.springframework.context.ApplicationContext context;

    private AuditRecord recordSomething() {
        String subject = UUID.randomUUID().toString();
        auditLog.recordAs("tester", AuditEntry.of("TEST_ACTION", "test", subject)
                .with(Map.of("reason", "测试", "version", 3)));
        return recordOf(subject).orElseThrow();
    }

    private Optional<AuditRecord> recordOf(String subjectId) {
        return trail.find(new AuditQuery(null, null, "test", subjectId, 0, 1)).records().stream().findFirst();
    }

    @Test
    void eachRecordIsMacedWithTheCurrentKeyAndLinksToTheRecordBeforeIt() {
        AuditRecord first = recordSomething();
        AuditRecord second = recordSomething();

        assertThat(second.sequence()).isGreaterThan(first.sequence());
        assertThat(second.keyId()).isEqualTo(keys.current().id());
        assertThat(second.hash()).isEqualTo(AuditChain.mac(second, keys.current()));
        assertThat(second.previousHash()).isEqualTo(trail.record(second.sequence() - 1).orElseThrow().hash());
        assertThat(trail.verify().intact()).isTrue();
        assertThat(trail.find(new AuditQuery(null, null, "test", second.subjectId(), 0, 10)).records())
                .containsExactly(second);
    }

    @Test
    void recordsOfATestChainNumberFromOneAndFollowEachOtherWithoutGaps() {
        var chain = new TestChain(context).record(3);

        assertThat(chain.records()).extracting(AuditRecord::sequence).containsExactly(1L, 2L, 3L);
        assertThat(chain.records().get(2).previousHash()).isEqualTo(chain.records().get(1).hash());
        assertThat(chain.verify()).extracting(ChainVerification::intact, ChainVerification::recordsChecked)
                .containsExactly(true, 3L);
    }

    @Test
    void aRecordWrittenInARolledBackTransactionLeavesNoTrace() {
        String subject = UUID.randomUUID().toString();
        transactions.executeWithoutResult(status -> {
            auditLog.recordAs("tester", AuditEntry.of("TEST_ACTION", "test", subject));
            status.setRollbackOnly();
        });

        assertThat(recordOf(subject)).isEmpty();
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aTransactionThatRecordedSomethingDoesNotHoldUpOtherRecordsUntilItCommits() throws Exception {
        String slow = UUID.randomUUID().toString();
        var recorded = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        CompletableFuture<Void> longTransaction = CompletableFuture.runAsync(() ->
                transactions.executeWithoutResult(status -> {
                    auditLog.recordAs("tester", AuditEntry.of("TEST_ACTION", "test", slow));
                    recorded.countDown();
                    awaitQuietly(release);
                }));
        AuditRecord quick;
        try {
            assertThat(recorded.await(30, TimeUnit.SECONDS)).isTrue();
            quick = CompletableFuture.supplyAsync(this::recordSomething).get(10, TimeUnit.SECONDS);
            assertThat(recordOf(slow)).as("not in the chain before its transaction commits").isEmpty();
        } finally {
            release.countDown();
        }
        longTransaction.get(30, TimeUnit.SECONDS);

        assertThat(recordOf(slow)).get().extracting(AuditRecord::sequence, InstanceOfAssertFactories.LONG)
                .isGreaterThan(quick.sequence());
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void manyThreadsRecordingAtOnceNeverForkTheChain() throws Exception {
        String run = UUID.randomUUID().toString();
        int threads = 12;
        int rounds = 8;
        var start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String thread = run + "/" + t;
                futures.add(pool.submit(() -> {
                    awaitQuietly(start);
                    for (int round = 0; round < rounds; round++) {
                        recordRound(thread + "/" + round, round % 3);
                    }
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(sequencesOf(run + "%")).as("rounds that commit append their 3 records, rolled-back ones none")
                .hasSize(threads * 6 * 3);
        assertThat(trail.verify().intact()).isTrue();
        for (int t = 0; t < threads; t++) {
            for (int round = 0; round < rounds; round += 3) {
                List<Long> links = sequencesOf(run + "/" + t + "/" + round + "/tx%");
                assertThat(links).as("one transaction's records are consecutive links")
                        .containsExactly(links.get(0), links.get(0) + 1, links.get(0) + 2);
            }
        }
    }

    private List<Long> sequencesOf(String subjectPattern) {
        return jdbc.sql("""
                        select sequence_no from audit_record where subject_type = 'test' and subject_id like :pattern
                        order by sequence_no""")
                .param("pattern", subjectPattern).query(Long.class).list();
    }

    /** Kind 0: three records in one transaction; 1: three records without one; 2: a rolled-back transaction. */
    private void recordRound(String subject, int kind) {
        switch (kind) {
            case 0 -> transactions.executeWithoutResult(status -> {
                for (int i = 0; i < 3; i++) {
                    auditLog.recordAs("tester", AuditEntry.of("CONCURRENT", "test", subject + "/tx" + i));
                }
            });
            case 1 -> {
                for (int i = 0; i < 3; i++) {
                    auditLog.recordAs("tester", AuditEntry.of("CONCURRENT", "test", subject + "/own" + i));
                }
            }
            default -> transactions.executeWithoutResult(status -> {
                auditLog.recordAs("tester", AuditEntry.of("CONCURRENT", "test", subject + "/rolled-back"));
                status.setRollbackOnly();
            });
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertThat(latch.await(60, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void onlyAnAdministratorMayReadOrVerifyTheLog() throws Exception {
        assertThat(get("/api/admin/audit/verify", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/admin/audit/verify", "supervisor.sc").statusCode()).isEqualTo(403);
        assertThat(get("/api/admin/audit?action=TEST_ACTION&size=5", "inspector.sc").statusCode()).isEqualTo(403);

        HttpResponse<String> verify = get("/api/admin/audit/verify", "admin");
        HttpResponse<String> list = get("/api/admin/audit?action=TEST_ACTION&size=5", "admin");

        assertThat(verify.statusCode()).isEqualTo(200);
        assertThat(verify.body()).contains("\"intact\":true");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"records\"");
    }

    private HttpResponse<String> get(String path, String username) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (username != null) {
            String credentials = username + ":chuanyu-demo";
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
