package cn.chuanyu.metrology.recognition;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.inspection.Inspections;
import cn.chuanyu.metrology.security.CurrentUser;
import cn.chuanyu.metrology.security.Role;
import cn.chuanyu.metrology.security.UserAccounts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The recognition API through HTTP with basic auth: who may raise, see and decide, and what bad input gets. */
@IntegrationTest
class RecognitionApiIntegrationTests {

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
    ObjectMapper json;
    @Autowired
    Clock clock;

    RecognitionFixtures fixtures;
    LocalDate today;
    String scSupervisor;
    String cqSupervisor;
    String cqInspector;
    String admin;
    long party;

    @BeforeEach
    void people() {
        fixtures = new RecognitionFixtures(jdbc, accounts, encoder, inspections, tasks);
        today = LocalDate.now(clock);
        scSupervisor = fixtures.user("SC", Role.SUPERVISOR).username();
        cqSupervisor = fixtures.user("CQ", Role.SUPERVISOR).username();
        cqInspector = fixtures.user("CQ", Role.INSPECTOR).username();
        admin = fixtures.user(null, Role.ADMIN).username();
        party = fixtures.party("SC", "WATER_METER", "HEAT_METER");
    }

    @Test
    void aSupervisorOfTheSendingProvinceRaisesAndOnlyTheReceivingProvinceDecides() {
        long inspection = fixtures.concludedInspection(party, "SC", today, 0, 0);

        ResponseEntity<String> raised = post(scSupervisor, "/api/recognitions", request(party, inspection, "CQ"));
        assertThat(raised.getStatusCode()).as(raised.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode created = body(raised);
        long id = created.at("/id").asLong();
        assertThat(created.at("/verdict").asText()).isEqualTo("ELIGIBLE");
        assertThat(created.at("/verdictReasons/0").asText()).isNotBlank();
        assertThat(created.at("/openTask").asText()).isEqualTo("Task_DecideRecognition");
        assertThat(created.at("/onBehalfOfParty").asBoolean()).isTrue();
        assertThat(ids(get(cqSupervisor, "/api/recognitions"))).contains(id);
        assertThat(ids(get(scSupervisor, "/api/recognitions"))).contains(id);

        Map<String, Object> accept = Map.of("decision", "ACCEPT");
        assertProblem(post(scSupervisor, "/api/recognitions/" + id + "/decision", accept), HttpStatus.FORBIDDEN, "CQ");
        assertProblem(post(cqInspector, "/api/recognitions/" + id + "/decision", accept), HttpStatus.FORBIDDEN, "CQ");
        assertProblem(post(admin, "/api/recognitions/" + id + "/decision", accept), HttpStatus.FORBIDDEN, "CQ");
        assertThat(body(get(cqSupervisor, "/api/recognitions/" + id)).at("/status").asText()).isEqualTo("REQUESTED");

        ResponseEntity<String> decided = post(cqSupervisor, "/api/recognitions/" + id + "/decision", accept);

        assertThat(decided.getStatusCode()).as(decided.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(body(decided).at("/status").asText()).isEqualTo("ACCEPTED");
        assertProblem(post(cqSupervisor, "/api/recognitions/" + id + "/decision", accept), HttpStatus.CONFLICT,
                "not awaiting a decision");
    }

    @Test
    void thePublicRegisterListsRecognitionsInForceWithoutPeopleOrSignIn() {
        long inspection = fixtures.concludedInspection(party, "SC", today, 0, 0);
        long id = body(post(scSupervisor, "/api/recognitions", request(party, inspection, "CQ"))).at("/id").asLong();
        String creditCode = fixtures.creditCodeOf(party);
        assertThat(body(http.getForEntity("/api/public/recognitions?q=" + creditCode, String.class))).isEmpty();

        post(cqSupervisor, "/api/recognitions/" + id + "/decision", Map.of("decision", "ACCEPT"));

        ResponseEntity<String> register = http.getForEntity("/api/public/recognitions?q=" + creditCode, String.class);
        assertThat(register.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode entry = body(register).get(0);
        assertThat(entry.at("/creditCode").asText()).isEqualTo(creditCode);
        assertThat(entry.at("/fromProvince").asText()).isEqualTo("SC");
        assertThat(entry.at("/recognisedIn").asText()).isEqualTo("CQ");
        assertThat(entry.at("/validUntil").asText()).isEqualTo(today.plusYears(1).toString());
        assertThat(entry.at("/categories").toString()).contains("WATER_METER");
        assertThat(register.getBody()).doesNotContain(scSupervisor, cqSupervisor, "qa@example.cn");
        assertThat(ids(http.getForEntity("/api/public/recognitions", String.class))).contains(id);
        assertThat(ids(get(admin, "/api/recognitions"))).contains(id);
    }

    @Test
    void aSupervisorOfTheOtherProvinceSeesNothingAnInspectorRaisesNothing() {
        long inspection = fixtures.concludedInspection(party, "SC", today, 0, 0);
        assertThat(post(cqInspector, "/api/recognitions", request(party, inspection, "CQ")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertProblem(get(cqSupervisor, "/api/recognitions/999999999"), HttpStatus.NOT_FOUND, "999999999");
    }

    @Test
    void badRequestsNameTheFieldAndStoreNothing() {
        long before = count();
        long other = fixtures.party("SC", "WATER_METER");
        long passed = fixtures.concludedInspection(party, "SC", today, 0, 0);
        long expired = fixtures.concludedInspection(party, "SC", today.minusYears(4), 0, 0);
        long open = fixtures.openInspection(party, "SC", today);

        assertProblem(post(scSupervisor, "/api/recognitions", request(party, 999_999_999L, "CQ")),
                HttpStatus.BAD_REQUEST, "inspectionId");
        assertProblem(post(scSupervisor, "/api/recognitions", request(party, open, "CQ")),
                HttpStatus.BAD_REQUEST, "not concluded");
        assertProblem(post(scSupervisor, "/api/recognitions", request(party, expired, "CQ")),
                HttpStatus.BAD_REQUEST, "expired");
        assertProblem(post(scSupervisor, "/api/recognitions", request(other, passed, "CQ")),
                HttpStatus.BAD_REQUEST, "partyId");
        assertProblem(post(scSupervisor, "/api/recognitions", request(party, passed, "SC")),
                HttpStatus.BAD_REQUEST, "province");
        Map<String, Object> unknownCategory = request(party, passed, "CQ");
        unknownCategory.put("categories", List.of("SUNDIAL"));
        assertProblem(post(scSupervisor, "/api/recognitions", unknownCategory), HttpStatus.BAD_REQUEST, "SUNDIAL");
        Map<String, Object> noInspection = request(party, passed, "CQ");
        noInspection.remove("inspectionId");
        assertProblem(post(scSupervisor, "/api/recognitions", noInspection), HttpStatus.BAD_REQUEST, "inspectionId");
        Map<String, Object> noEnd = request(party, passed, "CQ");
        noEnd.remove("validUntil");
        assertProblem(post(scSupervisor, "/api/recognitions", noEnd), HttpStatus.BAD_REQUEST, "validUntil");

        assertThat(count()).isEqualTo(before);
    }

    private Map<String, Object> request(long partyId, long inspectionId, String province) {
        Map<String, Object> request = new HashMap<>();
        request.put("partyId", partyId);
        request.put("inspectionId", inspectionId);
        request.put("province", province);
        request.put("categories", List.of("WATER_METER"));
        request.put("validUntil", today.plusYears(1).toString());
        request.put("onBehalfOfParty", true);
        return request;
    }

    private long count() {
        return jdbc.sql("select count(*) from recognition where party_id = :party").param("party", party)
                .query(Long.class).single();
    }

    private List<Long> ids(ResponseEntity<String> response) {
        return body(response).findValues("id").stream().map(JsonNode::asLong).toList();
    }

    private ResponseEntity<String> get(String user, String path) {
        return http.withBasicAuth(user, RecognitionFixtures.PASSWORD).getForEntity(path, String.class);
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

    private void assertProblem(ResponseEntity<String> response, HttpStatus status, String mentioned) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(response.getBody()).contains(mentioned);
    }
}
