package cn.chuanyu.metrology.recognition;

import cn.chuanyu.metrology.inspection.Inspections;
import cn.chuanyu.metrology.inspection.OpenInspection;
import cn.chuanyu.metrology.security.CurrentUser;
import cn.chuanyu.metrology.security.Role;
import cn.chuanyu.metrology.security.UserAccounts;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import static org.awaitility.Awaitility.await;

/**
 * Creates what recognition tests need, each with unique values: parties with an authorisation scope, staff with
 * accounts, and inspections driven through the Inspection process to an approved outcome.
 */
final class RecognitionFixtures {

    static final String PASSWORD = "Recognise-2026!";
    private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final AtomicLong SEQUENCE = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000));

    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final Inspections inspections;
    private final TaskService tasks;
    private final String passwordHash;

    RecognitionFixtures(JdbcClient jdbc, UserAccounts accounts, PasswordEncoder encoder, Inspections inspections,
                        TaskService tasks) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.inspections = inspections;
        this.tasks = tasks;
        this.passwordHash = encoder.encode(PASSWORD);
    }

    /** An authorised body with a current certificate whose scope is the given categories. */
    long party(String province, String... categories) {
        String region = province.equals("SC") ? "510100" : "500103";
        long id = jdbc.sql("""
                        insert into party (credit_code, kind, name_zh, province, region_code, risk_class, contact_emails)
                        values (:code, 'AUTHORISED_BODY', :name, :province, :region, 'MEDIUM', '{qa@example.cn}')
                        returning id""")
                .param("code", creditCode(region)).param("name", "互认测试计量所" + SEQUENCE.incrementAndGet())
                .param("province", province).param("region", region).query(Long.class).single();
        jdbc.sql("""
                        insert into authorisation_certificate (party_id, number, valid_from, valid_to)
                        values (:id, :number, current_date - 365, current_date + 730)""")
                .param("id", id).param("number", "(川)法计" + SEQUENCE.incrementAndGet()).update();
        for (String category : categories) {
            jdbc.sql("insert into authorisation_scope (party_id, category_code) values (:id, :category)")
                    .param("id", id).param("category", category).update();
        }
        return id;
    }

    String creditCodeOf(long partyId) {
        return jdbc.sql("select credit_code from party where id = :id").param("id", partyId)
                .query(String.class).single();
    }

    /** A staff member with a sign-in account (password {@link #PASSWORD}), as the signed-in principal. */
    CurrentUser user(String province, Role role) {
        Long staffId = role == Role.ADMIN ? null : staff(province, role.name());
        String username = "r" + SEQUENCE.incrementAndGet();
        accounts.create(new UserAccounts.NewAccount(username, passwordHash, username, role,
                role == Role.ADMIN ? null : province, staffId));
        return new CurrentUser(username, passwordHash, username, role, role == Role.ADMIN ? null : province, staffId,
                true, false);
    }

    /** An inspection of the party on the given day, reviewed and approved with the findings given; returns its id. */
    long concludedInspection(long partyId, String province, LocalDate on, int critical, int major) {
        List<Long> team = List.of(staff(province, "INSPECTOR"), staff(province, "INSPECTOR"));
        long id = inspections.open(new OpenInspection(partyId, team, on, null), "recognition-test");
        complete(id, "Task_InspectOnSite", Map.of());
        complete(id, "Task_ReviewInspection", Map.of("reviewApproved", true, "criticalFindings", critical,
                "majorFindings", major, "minorFindings", 0));
        await().atMost(Duration.ofSeconds(30)).until(() -> inspections.result(id).isPresent());
        return id;
    }

    /** An inspection opened but not yet concluded. */
    long openInspection(long partyId, String province, LocalDate on) {
        List<Long> team = List.of(staff(province, "INSPECTOR"), staff(province, "INSPECTOR"));
        return inspections.open(new OpenInspection(partyId, team, on, null), "recognition-test");
    }

    private void complete(long inspectionId, String taskKey, Map<String, Object> variables) {
        Task task = await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery()
                .processInstanceBusinessKey(String.valueOf(inspectionId)).processDefinitionKey("Inspection")
                .taskDefinitionKey(taskKey).singleResult(), found -> found != null);
        tasks.complete(task.getId(), variables);
    }

    private long staff(String province, String role) {
        return jdbc.sql("""
                        insert into staff (staff_no, role, name_zh, province)
                        values (:no, :role, :name, :province) returning id""")
                .param("no", "R" + SEQUENCE.incrementAndGet()).param("role", role)
                .param("name", "互认测试" + SEQUENCE.get()).param("province", province).query(Long.class).single();
    }

    private static String creditCode(String region) {
        String organisation = String.format("%09d", SEQUENCE.incrementAndGet() * 7919 % 1_000_000_000L);
        String body = "92" + region + organisation;
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CODE_ALPHABET.indexOf(body.charAt(i)) * CODE_WEIGHTS[i];
        }
        return body + CODE_ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
