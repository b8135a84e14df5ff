package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.registry.PartyKind;
import cn.chuanyu.metrology.registry.StaffRole;
import cn.chuanyu.metrology.security.Role;
import cn.chuanyu.metrology.security.UserAccounts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.LinkedMultiValueMap;

import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The inspection API through HTTP with basic auth, as inspectors, supervisors and administrators use it. */
@IntegrationTest
class InspectionApiIntegrationTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ObjectMapper json;

    InspectionFixtures fixtures;
    long party;
    String inspectorA;
    String inspectorB;
    String outsider;
    String inspectorCq;
    String supervisor;
    String supervisorCq;

    @BeforeEach
    void people() {
        fixtures = new InspectionFixtures(jdbc, accounts, encoder);
        party = fixtures.party("SC", PartyKind.AUTHORISED_BODY);
        inspectorA = fixtures.user("SC", StaffRole.INSPECTOR);
        inspectorB = fixtures.user("SC", StaffRole.INSPECTOR);
        outsider = fixtures.user("SC", StaffRole.INSPECTOR);
        inspectorCq = fixtures.user("CQ", StaffRole.INSPECTOR);
        supervisor = fixtures.user("SC", StaffRole.SUPERVISOR);
        supervisorCq = fixtures.user("CQ", StaffRole.SUPERVISOR);
    }

    @Test
    void aSupervisorOpensAnInspectionAndOnlyTheTeamSeesItsOnSiteTask() {
        long id = open(inspectorA, inspectorB);

        String task = awaitTask(inspectorA, id, "ON_SITE");

        assertThat(taskIds(inspectorB)).contains(task);
        assertThat(taskIds(outsider)).doesNotContain(task);
        assertThat(taskIds(fixtures.account(null, Role.ADMIN, null))).isEmpty();
        assertThat(get(supervisorCq, "/api/inspections/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get(supervisorCq, "/api/tasks/" + task).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get(outsider, "/api/inspections/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(body(get(supervisor, "/api/inspections?partyId=" + party)).findValuesAsText("status"))
                .containsExactly("ON_SITE");
        assertThat(body(get(supervisorCq, "/api/inspections?partyId=" + party))).isEmpty();
    }

    @Test
    void anExpiredStandardIsProposedAsAFindingAndRecordedOnceTheInspectorConfirmsIt() {
        jdbc.sql("""
                        insert into measurement_standard (party_id, name, certificate_number, calibration_due)
                        values (:party, '过期的标准', :number, current_date - 1)""")
                .param("party", party).param("number", "STD-" + party).update();
        long id = open(inspectorA, inspectorB);
        awaitTask(inspectorA, id, "ON_SITE");
        String proposals = "/api/inspections/" + id + "/proposed-findings";

        JsonNode proposed = body(get(inspectorA, proposals));
        assertThat(proposed).hasSize(1);
        assertThat(proposed.get(0).get("key").asText()).isEqualTo("expired-standard:STD-" + party);
        assertThat(proposed.get(0).get("checklistItem").asText()).isEqualTo("AB-TC-02");
        assertThat(proposed.get(0).get("severity").asText()).isEqualTo("MAJOR");
        assertThat(get(supervisorCq, proposals).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        String confirm = proposals + "/expired-standard:STD-" + party + "/confirm";
        assertThat(post(inspectorA, confirm, Map.of()).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(post(inspectorA, confirm, Map.of()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(body(get(inspectorA, proposals))).isEmpty();
        assertThat(count("select count(*) from finding where inspection_id = " + id
                + " and proposed_by = 'expired-standard:STD-" + party + "' and checklist_item = 'AB-TC-02'"))
                .isEqualTo(1);
    }

    @Test
    void completingATaskOneMayNotSeeAnswers404NamingTheTask() {
        long id = open(inspectorA, inspectorB);
        String task = awaitTask(inspectorA, id, "ON_SITE");

        var response = post(supervisorCq, "/api/tasks/" + task + "/complete", Map.of("kind", "ON_SITE"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(body(response).get("detail").asText()).isEqualTo("No task " + task + ", or not one you may see");
    }

    @Test
    void anInspectionOpenedByHandIsPlannedOnAWorkingDayOfTheCalendar() {
        // Saturday 2026-02-21 falls in the Spring Festival holiday; Saturday 2026-02-14 is worked (调休)
        var holiday = post(supervisor, "/api/inspections", Map.of("partyId", party,
                "inspectorIds", List.of(staff(inspectorA), staff(inspectorB)), "plannedDate", "2026-02-21"));
        var sunday = post(supervisor, "/api/inspections", Map.of("partyId", party,
                "inspectorIds", List.of(staff(inspectorA), staff(inspectorB)), "plannedDate", "2026-12-06"));

        assertProblem(holiday, HttpStatus.BAD_REQUEST, "plannedDate");
        assertThat(holiday.getBody()).contains("not a working day", "the next working day is 2026-02-24");
        assertProblem(sunday, HttpStatus.BAD_REQUEST, "plannedDate");
        assertThat(sunday.getBody()).contains("the next working day is 2026-12-07");
        assertThat(count("select count(*) from inspection where party_id = " + party)).isZero();
        var workedSaturday = post(supervisor, "/api/inspections", Map.of("partyId", party,
                "inspectorIds", List.of(staff(inspectorA), staff(inspectorB)), "plannedDate", "2026-02-14"));
        assertThat(workedSaturday.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void anInspectorOfTheProvinceWhoIsNotOnTheTeamFindsNoTraceOfTheInspection() {
        long id = open(inspectorA, inspectorB);
        String task = awaitTask(inspectorA, id, "ON_SITE");
        long finding = body(post(inspectorA, "/api/inspections/" + id + "/findings",
                finding("AB-RC-01", "MINOR", "原始记录缺少环境条件"))).get("ids").get(0).asLong();
        long evidence = body(upload(inspectorA, "/api/inspections/" + id + "/findings/" + finding + "/evidence",
                "photo.png", PNG)).get("id").asLong();
        List<String> readable = List.of("/api/inspections/" + id, "/api/inspections/" + id + "/history",
                "/api/inspections/" + id + "/evidence/" + evidence, "/api/tasks/" + task, "/inspections/" + id,
                "/inspections/" + id + "/diagram.bpmn", "/tasks/" + task);

        for (String path : readable) {
            assertThat(get(inspectorA, path).getStatusCode()).as("team member: " + path).isEqualTo(HttpStatus.OK);
            assertThat(get(supervisor, path).getStatusCode()).as("supervisor: " + path).isEqualTo(HttpStatus.OK);
            assertThat(get(outsider, path).getStatusCode()).as("other team: " + path).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(get(supervisorCq, path).getStatusCode()).as("other province: " + path)
                    .isEqualTo(HttpStatus.NOT_FOUND);
        }
        assertThat(body(get(outsider, "/api/inspections?province=SC&partyId=" + party))).isEmpty();
        assertThat(body(get(outsider, "/api/inspections?partyId=" + party))).isEmpty();
        assertThat(body(get(inspectorA, "/api/inspections?partyId=" + party)).findValuesAsText("id"))
                .containsExactly(String.valueOf(id));
        assertThat(post(outsider, "/api/tasks/" + task + "/claim", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post(outsider, "/api/inspections/" + id + "/findings", finding("AB-TC-02", "MAJOR", "越权记录"))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(count("select count(*) from finding where inspection_id = " + id)).isOne();
    }

    @Test
    void anInspectorOfTheOtherProvinceOnAJointTeamSeesThatInspection() {
        long id = open(inspectorA, inspectorCq);

        awaitTask(inspectorCq, id, "ON_SITE");

        assertThat(get(inspectorCq, "/api/inspections/" + id).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(body(get(inspectorCq, "/api/inspections?partyId=" + party)).findValuesAsText("id"))
                .containsExactly(String.valueOf(id));
        assertThat(get(supervisorCq, "/api/inspections/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void openingWithBadInputIsRefusedNamingTheFieldAndStoresNothing() {
        var missingDate = post(supervisor, "/api/inspections", Map.of("partyId", party,
                "inspectorIds", List.of(staff(inspectorA), staff(inspectorB))));
        var wrongType = post(supervisor, "/api/inspections", Map.of("partyId", "abc",
                "inspectorIds", List.of(staff(inspectorA), staff(inspectorB)), "plannedDate", "2026-12-01"));
        var oneInspector = post(supervisor, "/api/inspections", Map.of("partyId", party,
                "inspectorIds", List.of(staff(inspectorA)), "plannedDate", "2026-12-01"));
        var otherProvince = post(supervisorCq, "/api/inspections", Map.of("partyId", party,
                "inspectorIds", List.of(staff(inspectorA), staff(inspectorB)), "plannedDate", "2026-12-01"));
        var byInspector = post(inspectorA, "/api/inspections", Map.of("partyId", party,
                "inspectorIds", List.of(staff(inspectorA), staff(inspectorB)), "plannedDate", "2026-12-01"));

        assertProblem(missingDate, HttpStatus.BAD_REQUEST, "plannedDate");
        assertProblem(wrongType, HttpStatus.BAD_REQUEST, "partyId");
        assertProblem(oneInspector, HttpStatus.BAD_REQUEST, "inspectorIds");
        assertProblem(otherProvince, HttpStatus.NOT_FOUND, "No party");
        assertThat(byInspector.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(count("select count(*) from inspection where party_id = " + party)).isZero();
    }

    @Test
    void findingsWithBadInputAreRefusedAndNothingIsStored() {
        long id = open(inspectorA, inspectorB);
        awaitTask(inspectorA, id, "ON_SITE");
        String path = "/api/inspections/" + id + "/findings";

        assertProblem(post(inspectorA, path, finding("AB-TC-02", "SEVERE", "x")), HttpStatus.BAD_REQUEST, "severity");
        assertProblem(post(inspectorA, path, finding("AB-TC-02", "MAJOR", "长".repeat(2001))),
                HttpStatus.BAD_REQUEST, "description");
        assertProblem(post(inspectorA, path, finding("IM-TA-01", "MAJOR", "maker item on a body")),
                HttpStatus.BAD_REQUEST, "checklistItem");
        assertProblem(post(inspectorA, path, Map.of("checklistItem", "AB-TC-02", "severity", "MINOR")),
                HttpStatus.BAD_REQUEST, "description");
        assertProblem(post(inspectorA, path, Map.of("checklistItem", "AB-TC-02", "severity", "MINOR",
                "description", "x", "surprise", 1)), HttpStatus.BAD_REQUEST, "surprise");
        assertThat(post(outsider, path, finding("AB-TC-02", "MAJOR", "标准器溯源证书过期")).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post(inspectorCq, path, finding("AB-TC-02", "MAJOR", "标准器溯源证书过期")).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(count("select count(*) from finding where inspection_id = " + id)).isZero();

        assertThat(post(inspectorA, path, finding("AB-TC-02", "MAJOR", "标准器溯源证书过期")).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(count("select count(*) from finding where inspection_id = " + id)).isOne();
    }

    @Test
    void evidenceIsCheckedByItsContentAndOnlyThoseWhoMaySeeTheInspectionDownloadIt() throws Exception {
        long id = open(inspectorA, inspectorB);
        awaitTask(inspectorA, id, "ON_SITE");
        long finding = body(post(inspectorA, "/api/inspections/" + id + "/findings",
                finding("AB-RC-01", "MINOR", "原始记录缺少环境条件"))).get("ids").get(0).asLong();
        String path = "/api/inspections/" + id + "/findings/" + finding + "/evidence";

        assertProblem(upload(inspectorA, path, "empty.png", new byte[0]), HttpStatus.BAD_REQUEST, "empty");
        assertProblem(upload(inspectorA, path, "notes.pdf", "hello".getBytes()), HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "not JPEG");
        assertProblem(upload(inspectorA, path, "../../etc/photo.png", PNG), HttpStatus.BAD_REQUEST, "path");
        assertProblem(upload(inspectorA, path, "/tmp/photo.png", PNG), HttpStatus.BAD_REQUEST, "path");
        assertThat(upload(outsider, path, "photo.png", PNG).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(count("select count(*) from evidence where inspection_id = " + id)).isZero();

        JsonNode stored = body(upload(inspectorA, path, "现场照片.jpg", PNG));
        assertThat(stored.get("contentType").asText()).isEqualTo("image/png");
        assertThat(stored.get("sha256").asText())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PNG)));
        String download = "/api/inspections/" + id + "/evidence/" + stored.get("id").asLong();
        var fetched = http.withBasicAuth(inspectorB, InspectionFixtures.PASSWORD).getForEntity(download, byte[].class);
        assertThat(fetched.getBody()).isEqualTo(PNG);
        assertThat(fetched.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
        assertThat(get(inspectorCq, download).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity(download, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theRectificationPathRunsThroughTheApiAndEndsPublished() {
        long id = open(inspectorA, inspectorB);
        String onSite = awaitTask(inspectorA, id, "ON_SITE");

        assertThat(completeOnSite(id, onSite, List.of(finding("AB-MS-01", "MINOR", "程序文件未受控")),
                inspectorA, inspectorB)).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(complete(inspectorB, onSite, Map.of("kind", "ON_SITE"))).isEqualTo(HttpStatus.CONFLICT);
        String review = awaitTask(supervisor, id, "REVIEW");
        assertThat(complete(supervisor, review, Map.of("kind", "REVIEW", "approved", true)))
                .isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(Duration.ofSeconds(30)).until(() -> "RECTIFYING".equals(status(id)));
        assertThat(upload(inspectorB, "/api/inspections/" + id + "/rectification/evidence", "整改报告.pdf",
                "%PDF-1.7\n".getBytes()).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(post(inspectorB, "/api/inspections/" + id + "/rectification",
                Map.of("statement", "已修订程序文件并受控发放")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        String verify = awaitTask(inspectorA, id, "VERIFY");
        assertThat(complete(inspectorA, verify, Map.of("kind", "VERIFY", "accepted", true)))
                .isEqualTo(HttpStatus.NO_CONTENT);

        await().atMost(Duration.ofSeconds(30)).until(() -> "CLOSED".equals(status(id)));
        JsonNode history = body(get(inspectorA, "/api/inspections/" + id + "/history"));
        assertThat(history.findValuesAsText("action")).contains("OPENED", "FINDING_RECORDED", "FINDINGS_SUBMITTED",
                "APPROVED", "RECTIFICATION_ORDERED", "RECTIFICATION_SUBMITTED", "RECTIFICATION_ACCEPTED", "CLOSED");
        assertThat(history.findValuesAsText("actor")).contains(supervisor, inspectorA, inspectorB);
        JsonNode detail = body(get(supervisor, "/api/inspections/" + id));
        assertThat(detail.get("inspection").get("outcome").asText()).isEqualTo("RECTIFY");
        assertThat(detail.get("findings").get(0).get("closedAt").isNull()).isFalse();
        String creditCode = jdbc.sql("select credit_code from party where id = " + party).query(String.class).single();
        await().atMost(Duration.ofSeconds(30)).until(() -> http.getForObject(
                "/api/public/disclosures?province=SC&limit=200", String.class).contains(creditCode));
    }

    @Test
    void aRectificationHandedInTheMomentTheInspectionSaysRectifyingIsTaken() {
        long id = open(inspectorA, inspectorB);
        completeOnSite(id, awaitTask(inspectorA, id, "ON_SITE"),
                List.of(finding("AB-MS-01", "MINOR", "程序文件未受控")), inspectorA, inspectorB);
        complete(supervisor, awaitTask(supervisor, id, "REVIEW"), Map.of("kind", "REVIEW", "approved", true));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                .until(() -> "RECTIFYING".equals(status(id)));

        assertThat(post(inspectorB, "/api/inspections/" + id + "/rectification",
                Map.of("statement", "已修订程序文件并受控发放")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(awaitTask(inspectorA, id, "VERIFY")).isNotBlank();
    }

    @Test
    void onlyASupervisorOfTheProvinceWhoIsNotOnTheTeamMayApprove() throws Exception {
        long teamStaffActingAsSupervisor = fixtures.staff("SC", StaffRole.INSPECTOR);
        String doubleRole = fixtures.account(teamStaffActingAsSupervisor, Role.SUPERVISOR, "SC");
        long id = openWithStaff(staff(inspectorA), teamStaffActingAsSupervisor);
        String onSite = awaitTask(inspectorA, id, "ON_SITE");
        InspectionFixtures.signAndConfirm(http, id, inspectorA);
        // the second team member signs in as a supervisor and so cannot confirm as an inspector: set here as done
        jdbc.sql("""
                insert into record_confirmation (inspection_id, staff_id, username, summary_sha256, confirmed_at)
                select :id, :staff, 'test', summary_sha256, now() from record_confirmation where inspection_id = :id
                limit 1""").param("id", id).param("staff", teamStaffActingAsSupervisor).update();
        complete(inspectorA, onSite, Map.of("kind", "ON_SITE"));
        String review = awaitTask(supervisor, id, "REVIEW");

        assertThat(taskIds(doubleRole)).doesNotContain(review);
        assertThat(complete(doubleRole, review, Map.of("kind", "REVIEW", "approved", true)))
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(complete(supervisorCq, review, Map.of("kind", "REVIEW", "approved", true)))
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(complete(fixtures.account(null, Role.ADMIN, null), review, Map.of("kind", "REVIEW",
                "approved", true))).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(complete(inspectorA, review, Map.of("kind", "REVIEW", "approved", true)))
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertProblem(post(supervisor, "/api/tasks/" + review + "/complete", Map.of("kind", "REVIEW",
                "approved", false)), HttpStatus.BAD_REQUEST, "reason");
        assertProblem(post(supervisor, "/api/tasks/" + review + "/complete", Map.of("kind", "VERIFY",
                "accepted", true)), HttpStatus.BAD_REQUEST, "kind");
        assertThat(post(supervisor, "/api/tasks/" + review + "/complete", Map.of("kind", "APPROVE_ALL"))
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertProblem(post(supervisor, "/api/tasks/" + review + "/complete", Map.of("kind", "REVIEW",
                "approved", "perhaps")), HttpStatus.BAD_REQUEST, "approved");
        assertThat(taskIds(supervisor)).contains(review);
        assertThat(count("select count(*) from inspection_event where action in ('APPROVED', 'RETURNED')"
                + " and inspection_id = " + id)).isZero();

        assertThat(complete(supervisor, review, Map.of("kind", "REVIEW", "approved", false,
                "reason", "缺少计量标准溯源证书照片"))).isEqualTo(HttpStatus.NO_CONTENT);
        awaitTask(inspectorA, id, "ON_SITE");
    }

    @Test
    void twoSupervisorsCompletingTheSameReviewAtOnceGetOneSuccessAndOneConflict() throws Exception {
        String secondSupervisor = fixtures.user("SC", StaffRole.SUPERVISOR);
        long id = open(inspectorA, inspectorB);
        completeOnSite(id, awaitTask(inspectorA, id, "ON_SITE"), List.of(), inspectorA, inspectorB);
        String review = awaitTask(supervisor, id, "REVIEW");
        CountDownLatch start = new CountDownLatch(1);

        List<CompletableFuture<HttpStatus>> racers = Stream.of(supervisor, secondSupervisor)
                .map(user -> CompletableFuture.supplyAsync(() -> {
                    await().until(() -> {
                        start.await();
                        return true;
                    });
                    return complete(user, review, Map.of("kind", "REVIEW", "approved", true));
                })).toList();
        start.countDown();

        assertThat(racers.stream().map(CompletableFuture::join).toList())
                .containsExactlyInAnyOrder(HttpStatus.NO_CONTENT, HttpStatus.CONFLICT);
        assertThat(count("select count(*) from inspection_event where action = 'APPROVED' and inspection_id = " + id))
                .isOne();
    }

    @Test
    void aClaimedTaskIsTheClaimantsUntilReleased() {
        long id = open(inspectorA, inspectorB);
        String onSite = awaitTask(inspectorA, id, "ON_SITE");

        assertThat(post(inspectorA, "/api/tasks/" + onSite + "/claim", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(taskIds(inspectorB)).doesNotContain(onSite);
        assertThat(post(inspectorB, "/api/tasks/" + onSite + "/claim", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(complete(inspectorB, onSite, Map.of("kind", "ON_SITE"))).isEqualTo(HttpStatus.CONFLICT);
        assertThat(post(inspectorA, "/api/tasks/" + onSite + "/unclaim", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(completeOnSite(id, onSite, List.of(), inspectorB, inspectorA)).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(get(inspectorA, "/api/tasks/missing-task").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theApiDocumentDescribesTheInspectionEndpoints() {
        String document = http.getForObject("/v3/api-docs", String.class);

        assertThat(document).contains("/api/tasks/{taskId}/complete", "/api/inspections/{id}/evidence/{evidenceId}",
                "/api/public/disclosures", "ON_SITE", "ESCALATION");
    }

    private long open(String... inspectors) {
        return openWithStaff(Stream.of(inspectors).map(this::staff).toArray(Long[]::new));
    }

    private long openWithStaff(Long... staffIds) {
        var response = post(supervisor, "/api/inspections", Map.of("partyId", party,
                "inspectorIds", List.of(staffIds), "plannedDate", "2026-12-01"));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return body(response).get("id").asLong();
    }

    private String awaitTask(String user, long inspectionId, String kind) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (JsonNode task : body(get(user, "/api/tasks?limit=200"))) {
                if (task.get("inspectionId").asLong() == inspectionId && task.get("kind").asText().equals(kind)) {
                    return task.get("id").asText();
                }
            }
            return null;
        }, java.util.Objects::nonNull);
    }

    private List<String> taskIds(String user) {
        return body(get(user, "/api/tasks?limit=200")).findValuesAsText("id");
    }

    /** Records the findings, has the record signed and confirmed by the team, then completes on-site work. */
    private HttpStatus completeOnSite(long id, String task, List<Map<String, Object>> findings, String... team) {
        findings.forEach(f -> assertThat(post(team[0], "/api/inspections/" + id + "/findings", f).getStatusCode())
                .isEqualTo(HttpStatus.CREATED));
        try {
            InspectionFixtures.signAndConfirm(http, id, team);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return complete(team[0], task, Map.of("kind", "ON_SITE"));
    }

    private HttpStatus complete(String user, String task, Map<String, Object> payload) {
        return HttpStatus.valueOf(post(user, "/api/tasks/" + task + "/complete", payload).getStatusCode().value());
    }

    private static Map<String, Object> finding(String item, String severity, String description) {
        return Map.of("checklistItem", item, "severity", severity, "description", description);
    }

    private long staff(String username) {
        return fixtures.staffIdOf(username);
    }

    private String status(long id) {
        return jdbc.sql("select status from inspection where id = " + id).query(String.class).single();
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    private ResponseEntity<String> get(String user, String path) {
        return http.withBasicAuth(user, InspectionFixtures.PASSWORD).getForEntity(path, String.class);
    }

    private ResponseEntity<String> post(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAcceptLanguageAsLocales(List.of(Locale.ENGLISH));
        return http.withBasicAuth(user, InspectionFixtures.PASSWORD)
                .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private ResponseEntity<String> upload(String user, String path, String fileName, byte[] content) {
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.setAcceptLanguageAsLocales(List.of(Locale.ENGLISH));
        return http.withBasicAuth(user, InspectionFixtures.PASSWORD)
                .exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }

    private JsonNode body(ResponseEntity<String> response) {
        try {
            return json.readTree(response.getBody());
        } catch (Exception e) {
            throw new AssertionError(response.getStatusCode() + " " + response.getBody(), e);
        }
    }

    private void assertProblem(ResponseEntity<String> response, HttpStatus status, String mentioned) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(response.getBody()).contains(mentioned);
    }
}
