package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.inspection.Inspections;
import cn.chuanyu.metrology.inspection.OpenInspection;
import cn.chuanyu.metrology.planning.outside.IndependentDrawCheck;
import cn.chuanyu.metrology.recognition.Basis;
import cn.chuanyu.metrology.recognition.Decision;
import cn.chuanyu.metrology.recognition.RecognitionRequest;
import cn.chuanyu.metrology.recognition.Recognitions;
import cn.chuanyu.metrology.registry.PartyKind;
import cn.chuanyu.metrology.security.CurrentUser;
import cn.chuanyu.metrology.security.Role;
import cn.chuanyu.metrology.security.UserAccounts;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Real draws against real registers, recognitions, inspections and inspector certificates: who is in a campaign's
 * register and share, who is left out and why, and who may be drawn onto a team. Every draw is also recomputed from
 * its public record alone.
 */
@IntegrationTest
class DrawEligibilityIntegrationTests {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    Campaigns campaigns;
    @Autowired
    Reveals reveals;
    @Autowired
    Recognitions recognitions;
    @Autowired
    Inspections inspections;
    @Autowired
    Clock clock;
    @Autowired
    org.camunda.bpm.engine.ManagementService management;

    PlanningFixtures fixtures;
    String category;
    CurrentUser scSupervisor;
    CurrentUser cqSupervisor;
    CurrentUser admin;

    @BeforeEach
    void setUp() {
        fixtures = new PlanningFixtures(jdbc, accounts, encoder);
        category = fixtures.category();
        scSupervisor = fixtures.user(fixtures.account(Role.SUPERVISOR, "SC"));
        cqSupervisor = fixtures.user(fixtures.account(Role.SUPERVISOR, "CQ"));
        admin = fixtures.user(fixtures.account(Role.ADMIN, null));
    }

    @Test
    void aSichuanPartyOperatingInChongqingIsDrawnInAChongqingCampaignByAChongqingTeam() {
        long operating = fixtures.party("SC", "MEDIUM", category);
        fixtures.operatesIn(operating, "CQ");
        long sichuanOnly = fixtures.party("SC", "MEDIUM", category);
        long chongqing = fixtures.party("CQ", "MEDIUM", category);
        List<Long> cqInspectors = List.of(fixtures.inspector("CQ", category), fixtures.inspector("CQ", category));
        fixtures.inspector("SC", category);

        JsonNode record = drawn(campaign(Set.of("CQ"), false, 10), cqSupervisor);

        assertThat(partyIds(record.at("/frozen/register"))).containsExactlyInAnyOrder(operating, chongqing)
                .doesNotContain(sichuanOnly);
        JsonNode line = lineOf(record, operating);
        assertThat(line.at("/homeProvince").asText()).isEqualTo("SC");
        assertThat(texts(line.at("/shares"))).containsExactly("CQ");
        assertThat(ids(drawnParty(record, operating).at("/team"))).containsExactlyInAnyOrderElementsOf(cqInspectors);
        assertThat(jdbc.sql("select count(*) from inspection where campaign_id = :c and party_id = :p")
                .param("c", record.at("/campaignId").asLong()).param("p", operating).query(Integer.class).single())
                .isEqualTo(1);
        assertThat(IndependentDrawCheck.mismatches(record)).isEmpty();
    }

    @Test
    void aChongqingRecognitionOfASichuanResultLeavesThePartyOutOfChongqingsShareOnlyAndSaysSo() {
        long party = fixtures.party("SC", "MEDIUM", category);
        fixtures.operatesIn(party, "CQ");
        long other = fixtures.party("CQ", "MEDIUM", category);
        for (int i = 0; i < 2; i++) {
            fixtures.inspector("SC", category);
            fixtures.inspector("CQ", category);
        }
        recognise(party, Set.of(category), Decision.ACCEPT);

        JsonNode chongqing = drawn(campaign(Set.of("CQ"), false, 10), cqSupervisor, true);
        JsonNode sichuan = drawn(campaign(Set.of("SC"), false, 10), scSupervisor, true);
        JsonNode joint = drawn(campaign(Set.of("SC", "CQ"), true, 10), admin, true);

        assertThat(partyIds(chongqing.at("/frozen/register"))).containsExactly(other);
        assertThat(chongqing.at("/frozen/partyExclusions")).anySatisfy(exclusion -> {
            assertThat(exclusion.at("/partyId").asLong()).isEqualTo(party);
            assertThat(exclusion.at("/reason").asText()).isEqualTo("RECOGNISED");
            assertThat(exclusion.at("/province").asText()).isEqualTo("CQ");
            assertThat(texts(exclusion.at("/categories"))).containsExactly(category);
        });
        assertThat(partyIds(sichuan.at("/result/selection"))).contains(party);
        assertThat(texts(lineOf(joint, party).at("/shares"))).as("exempt in CQ's share, not in SC's")
                .containsExactly("SC");
        assertThat(partyIds(joint.at("/result/selection"))).contains(party);
        assertThat(List.of(chongqing, sichuan, joint)).allSatisfy(record ->
                assertThat(IndependentDrawCheck.mismatches(record)).isEmpty());
    }

    @Test
    void aRecognitionOfSomeCategoriesLeavesOnlyThoseOutAndTheTeamIsDrawnForTheRest() {
        String recognised = category;
        String still = fixtures.category();
        long party = fixtures.party("SC", "MEDIUM", recognised);
        jdbc.sql("insert into authorisation_scope (party_id, category_code) values (:p, :c)").param("p", party)
                .param("c", still).update();
        fixtures.operatesIn(party, "CQ");
        List<Long> qualifiedForTheRestOnly = List.of(fixtures.inspector("CQ", still), fixtures.inspector("CQ", still));
        recognise(party, Set.of(recognised), Decision.ACCEPT);

        NewCampaign both = campaign(Set.of("CQ"), false, 5);
        JsonNode record = drawn(new NewCampaign(both.name(), both.partyKind(), Set.of(recognised, still),
                both.provinces(), false, 5, null, Map.of(), 2, 10, both.periodStart(), both.periodEnd(),
                both.windowStart(), both.windowEnd(), both.beaconSource(), both.beaconDueAt(), null), cqSupervisor);

        assertThat(texts(lineOf(record, party).at("/categories"))).containsExactly(still);
        assertThat(record.at("/frozen/partyExclusions")).singleElement().satisfies(exclusion -> {
            assertThat(exclusion.at("/reason").asText()).isEqualTo("RECOGNISED");
            assertThat(texts(exclusion.at("/categories"))).containsExactly(recognised);
        });
        assertThat(ids(drawnParty(record, party).at("/team"))).containsExactlyInAnyOrderElementsOf(qualifiedForTheRestOnly);
        assertThat(IndependentDrawCheck.mismatches(record)).isEmpty();
    }

    @Test
    void aRefusedRecognitionWeighsThePartyHigherInTheProvinceThatRefusedOnly() {
        long refused = fixtures.party("SC", "MEDIUM", category);
        long twin = fixtures.party("SC", "MEDIUM", category);
        fixtures.operatesIn(refused, "CQ");
        fixtures.operatesIn(twin, "CQ");
        fixtures.inspector("CQ", category);
        fixtures.inspector("CQ", category);
        fixtures.inspector("SC", category);
        fixtures.inspector("SC", category);
        recognise(refused, Set.of(category), Decision.REFUSE);

        JsonNode chongqing = drawn(campaign(Set.of("CQ"), false, 1), cqSupervisor, true);
        JsonNode sichuan = drawn(campaign(Set.of("SC"), false, 1), scSupervisor, true);

        assertThat(lineOf(chongqing, refused).at("/weight").asLong())
                .isEqualTo(lineOf(chongqing, twin).at("/weight").asLong() + 2);
        assertThat(lineOf(sichuan, refused).at("/weight").asLong()).isEqualTo(lineOf(sichuan, twin).at("/weight").asLong());
    }

    @Test
    void aPartyWithAnInspectionStillOpenIsNotDrawnAgainAndTheRecordSaysWhichOne() {
        long busy = fixtures.party("SC", "HIGH", category);
        long free = fixtures.party("SC", "LOW", category);
        List<Long> team = List.of(fixtures.inspector("SC", category), fixtures.inspector("SC", category));
        long open = inspections.open(new OpenInspection(busy, team, LocalDate.now(clock).plusDays(7), null),
                scSupervisor.username());

        JsonNode record = drawn(campaign(Set.of("SC"), false, 10), scSupervisor);

        assertThat(partyIds(record.at("/frozen/register"))).containsExactly(free);
        assertThat(record.at("/frozen/partyExclusions")).singleElement().satisfies(exclusion -> {
            assertThat(exclusion.at("/partyId").asLong()).isEqualTo(busy);
            assertThat(exclusion.at("/reason").asText()).isEqualTo("OPEN_INSPECTION");
            assertThat(exclusion.at("/inspectionId").asLong()).isEqualTo(open);
        });
        assertThat(jdbc.sql("select count(*) from inspection where party_id = :p and status <> 'CLOSED'")
                .param("p", busy).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anInspectorWithoutAValidEnforcementCertificateOnThePlannedDateIsNotDrawnAndTheRecordSaysWhy() {
        for (int i = 0; i < 8; i++) {
            fixtures.party("SC", "MEDIUM", category);
        }
        long missing = fixtures.inspector("SC", category, null);
        long expired = fixtures.inspector("SC", category, LocalDate.of(2026, 12, 31));
        long endsOnTheFirstDay = fixtures.inspector("SC", category, LocalDate.of(2027, 1, 15));
        List<Long> valid = List.of(fixtures.inspector("SC", category), fixtures.inspector("SC", category),
                fixtures.inspector("SC", category));

        JsonNode record = drawn(campaign(Set.of("SC"), false, 8), scSupervisor);

        assertThat(record.at("/frozen/inspectorExclusions")).extracting(e -> e.at("/inspectorId").asLong() + " "
                + e.at("/reason").asText()).containsExactly(missing + " CERTIFICATE_MISSING",
                expired + " CERTIFICATE_EXPIRED");
        assertThat(ids(record.at("/frozen/inspectors"))).containsExactlyInAnyOrder(endsOnTheFirstDay, valid.get(0),
                valid.get(1), valid.get(2));
        assertThat(record.at("/frozen/plannedDays/0").asText()).isEqualTo("2027-01-15");
        for (JsonNode drawn : record.at("/result/selection")) {
            assertThat(ids(drawn.at("/team"))).doesNotContain(missing, expired);
            if (!drawn.at("/plannedDate").asText().equals("2027-01-15")) {
                assertThat(ids(drawn.at("/team"))).doesNotContain(endsOnTheFirstDay);
                assertThat(drawn.at("/excluded")).anySatisfy(e -> {
                    assertThat(e.at("/inspectorId").asLong()).isEqualTo(endsOnTheFirstDay);
                    assertThat(e.at("/reason").asText()).isEqualTo("CERTIFICATE_EXPIRED");
                });
            }
        }
        assertThat(IndependentDrawCheck.mismatches(record)).isEmpty();
    }

    @Test
    void aJointDrawWithMinimumsLoadCapConflictsAndPreviousTeamsIsRecomputedFromItsPublicRecordAlone() {
        List<Long> parties = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            parties.add(fixtures.party(i % 2 == 0 ? "SC" : "CQ", i < 3 ? "HIGH" : "LOW", category));
        }
        List<Long> inspectors = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            inspectors.add(fixtures.inspector("SC", category));
            inspectors.add(fixtures.inspector("CQ", category));
        }
        fixtures.conflict(inspectors.get(0), parties.get(0));
        fixtures.conflict(inspectors.get(1), parties.get(1));
        fixtures.closedInspection(parties.get(2), List.of(inspectors.get(2), inspectors.get(3)));
        NewCampaign shape = campaign(Set.of("SC", "CQ"), true, 50);

        JsonNode record = drawn(new NewCampaign(shape.name(), shape.partyKind(), shape.categories(), shape.provinces(),
                true, 50, null, Map.of("HIGH", 2), 2, 2, shape.periodStart(), shape.periodEnd(), shape.windowStart(),
                shape.windowEnd(), shape.beaconSource(), shape.beaconDueAt(), null), admin);

        assertThat(record.at("/result/requestedSize").asInt()).isEqualTo(8);
        assertThat(record.at("/result/selectionSize").asInt()).isEqualTo(8);
        assertThat(texts(lineOf(record, parties.get(2)).at("/previousTeam")))
                .containsExactlyInAnyOrder(String.valueOf(inspectors.get(2)), String.valueOf(inspectors.get(3)));
        List<String> reasons = new ArrayList<>();
        record.at("/result/selection").forEach(drawn -> drawn.at("/excluded").forEach(e ->
                reasons.add(e.at("/reason").asText())));
        assertThat(reasons).contains("CONFLICT", "PREVIOUS_TEAM", "LOAD_CAP");
        assertThat(IndependentDrawCheck.mismatches(record)).isEmpty();
    }

    @Test
    void anOccurrenceOfARecurringCampaignIsRecomputedFromItsPublicRecordAlone() {
        fixtures.party("SC", "MEDIUM", category);
        fixtures.party("SC", "LOW", category);
        fixtures.inspector("SC", category);
        fixtures.inspector("SC", category);
        Campaign series = campaigns.create(PlanningFixtures.campaign(category, Set.of("SC"), false, 1,
                "R/2031-01-01T00:00:00+08:00/P1M"), scSupervisor);
        management.executeJob(management.createJobQuery().processInstanceId(series.processInstanceId()).timers()
                .singleResult().getId());
        long occurrence = jdbc.sql("select id from campaign where series_id = :id").param("id", series.id())
                .query(Long.class).single();

        fixtures.revealWhenFrozen(reveals, occurrence, scSupervisor);
        JsonNode record = awaitStarted(occurrence);

        assertThat(record.at("/seriesId").asLong()).isEqualTo(series.id());
        assertThat(record.at("/contributions/0/beaconSource").asText()).contains("2031-01-01");
        assertThat(IndependentDrawCheck.mismatches(record)).isEmpty();
    }

    private void recognise(long party, Set<String> categories, Decision decision) {
        long id = recognitions.request(new RecognitionRequest(party, null, "CQ", categories,
                LocalDate.now(clock).plusYears(1), false, Basis.CERTIFICATE), scSupervisor);
        recognitions.decide(id, decision, decision == Decision.REFUSE ? "现场检查更为稳妥" : null, cqSupervisor);
    }

    private NewCampaign campaign(Set<String> provinces, boolean joint, int count) {
        return new NewCampaign("资格测试 " + category, PartyKind.AUTHORISED_BODY, Set.of(category), provinces, joint,
                count, null, Map.of(), 2, 10, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31),
                LocalDate.of(2027, 1, 15), LocalDate.of(2027, 2, 26), "福利彩票双色球 " + category + " 期",
                OffsetDateTime.now().plusDays(2).withNano(0), null);
    }

    /**
     * Creates, opens and reveals the campaign, waits for every inspection to start and returns its public record;
     * with {@code closeAfter} its inspections are then closed, so the next draw may pick the same parties.
     */
    private JsonNode drawn(NewCampaign campaign, CurrentUser user, boolean closeAfter) {
        long id = campaigns.create(campaign, user).id();
        fixtures.openAndReveal(campaigns, reveals, id, user);
        JsonNode record = awaitStarted(id);
        if (closeAfter) {
            fixtures.closeInspectionsOf(id);
        }
        return record;
    }

    private JsonNode drawn(NewCampaign campaign, CurrentUser user) {
        return drawn(campaign, user, false);
    }

    private JsonNode awaitStarted(long id) {
        await().atMost(Duration.ofSeconds(90)).until(() -> "STARTED".equals(jdbc.sql(
                "select status from campaign where id = :id").param("id", id).query(String.class).single()));
        return http.getForObject("/api/public/draws/" + id, JsonNode.class);
    }

    private static JsonNode lineOf(JsonNode record, long partyId) {
        for (JsonNode line : record.at("/frozen/register")) {
            if (line.at("/partyId").asLong() == partyId) {
                return line;
            }
        }
        throw new AssertionError("party " + partyId + " is not in the register");
    }

    private static JsonNode drawnParty(JsonNode record, long partyId) {
        for (JsonNode drawn : record.at("/result/selection")) {
            if (drawn.at("/partyId").asLong() == partyId) {
                return drawn;
            }
        }
        throw new AssertionError("party " + partyId + " was not drawn");
    }

    private static List<Long> partyIds(JsonNode lines) {
        List<Long> ids = new ArrayList<>();
        lines.forEach(line -> ids.add(line.at("/partyId").asLong()));
        return ids;
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(item -> ids.add(item.isObject() ? item.at("/inspectorId").asLong() : item.asLong()));
        return ids;
    }

    private static List<String> texts(JsonNode list) {
        List<String> texts = new ArrayList<>();
        list.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
