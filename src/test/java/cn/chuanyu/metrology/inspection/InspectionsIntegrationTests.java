package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.kernel.FieldProblem;
import cn.chuanyu.metrology.kernel.InvalidInputException;
import cn.chuanyu.metrology.kernel.NotFoundException;
import cn.chuanyu.metrology.kernel.Wording;
import cn.chuanyu.metrology.registry.PartyKind;
import cn.chuanyu.metrology.registry.StaffRole;
import cn.chuanyu.metrology.security.UserAccounts;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@IntegrationTest
class InspectionsIntegrationTests {

    @Autowired
    Inspections inspections;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;

    InspectionFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new InspectionFixtures(jdbc, accounts, encoder);
    }

    @Test
    void openingStoresTheInspectionAndStartsItsProcess() {
        long party = fixtures.party("SC", PartyKind.AUTHORISED_BODY);
        List<Long> team = List.of(fixtures.staff("SC", StaffRole.INSPECTOR), fixtures.staff("SC", StaffRole.INSPECTOR));

        long id = inspections.open(new OpenInspection(party, team, LocalDate.of(2026, 12, 1), null), "planner");

        String processInstance = jdbc.sql("select process_instance_id from inspection where id = :id")
                .param("id", id).query(String.class).single();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(processInstance).singleResult()
                .getBusinessKey()).isEqualTo(String.valueOf(id));
        assertThat(jdbc.sql("select count(*) from inspection_team where inspection_id = :id").param("id", id)
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void openingTwiceForOneCampaignAndPartyReturnsTheSameInspection() {
        long party = fixtures.party("CQ", PartyKind.INSTRUMENT_MAKER);
        List<Long> team = List.of(fixtures.staff("CQ", StaffRole.INSPECTOR), fixtures.staff("SC", StaffRole.INSPECTOR));
        long campaign = System.nanoTime();

        long first = inspections.open(new OpenInspection(party, team, LocalDate.of(2026, 12, 2), campaign), "planner");
        long second = inspections.open(new OpenInspection(party, team, LocalDate.of(2026, 12, 3), campaign), "planner");

        assertThat(second).isEqualTo(first);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(first)).count())
                .isEqualTo(1);
    }

    @Test
    void aTeamMemberWithAConflictIsRefusedAndNothingIsStored() {
        long party = fixtures.party("SC", PartyKind.AUTHORISED_BODY);
        long conflicted = fixtures.staff("SC", StaffRole.INSPECTOR);
        fixtures.conflict(conflicted, party);
        List<Long> team = List.of(conflicted, fixtures.staff("SC", StaffRole.INSPECTOR));

        assertThatThrownBy(() -> inspections.open(new OpenInspection(party, team, LocalDate.of(2026, 12, 1), null), "x"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.sql("select count(*) from inspection where party_id = :p").param("p", party)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void anUnknownPartyIsNotFound() {
        List<Long> team = List.of(fixtures.staff("SC", StaffRole.INSPECTOR), fixtures.staff("SC", StaffRole.INSPECTOR));

        assertThatThrownBy(() -> inspections.open(new OpenInspection(-1, team, LocalDate.of(2026, 12, 1), null), "x"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void supervisorsSuspendedPartiesAndTooSmallTeamsAreRefused() {
        long suspended = fixtures.party("SC", PartyKind.AUTHORISED_BODY, "SUSPENDED");
        long supervisor = fixtures.staff("SC", StaffRole.SUPERVISOR);
        long inspector = fixtures.staff("SC", StaffRole.INSPECTOR);

        assertThatThrownBy(() -> inspections.open(
                new OpenInspection(suspended, List.of(inspector, inspector, supervisor), null, null), "x"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, Wording::english).contains(
                                tuple("partyId", "party " + suspended + " is not ACTIVE"),
                                tuple("plannedDate", "is required"),
                                tuple("inspectorIds", "needs at least 2 distinct active inspectors"),
                                tuple("inspectorIds", "staff " + supervisor + " is not an active inspector")));
    }

    @Test
    void recordsOfANeverInspectedPartyAreEmpty() {
        long party = fixtures.party("SC", PartyKind.AUTHORISED_BODY);

        var records = inspections.recordsOf(List.of(party, -5L));

        assertThat(records.get(party)).isEqualTo(new PartyInspectionRecord(party, null, null, 0, 0, List.of()));
        assertThat(records).containsKey(-5L);
    }

    @Test
    void theEngineTaskTableHasAnIndexOnTheParentTask() {
        assertThat(jdbc.sql("""
                        select count(*) from pg_indexes
                        where schemaname = 'public' and tablename = 'act_ru_task' and indexdef like '%(parent_task_id_)%'""")
                .query(Integer.class).single()).isEqualTo(1);
    }
}
