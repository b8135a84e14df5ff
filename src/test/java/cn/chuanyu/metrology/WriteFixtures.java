package cn.chuanyu.metrology;

import cn.chuanyu.metrology.inspection.Inspections;
import cn.chuanyu.metrology.inspection.OpenInspection;
import cn.chuanyu.metrology.notification.NoticeSettings;
import cn.chuanyu.metrology.notification.links.LinkClaims;
import cn.chuanyu.metrology.notification.links.LinkPurpose;
import cn.chuanyu.metrology.notification.links.LinkSigner;
import cn.chuanyu.metrology.security.CurrentUser;
import cn.chuanyu.metrology.security.Role;
import cn.chuanyu.metrology.security.UserAccounts;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import static org.awaitility.Awaitility.await;

/**
 * What the write-endpoint audit test needs, each with unique values, made through the application's own services
 * and tables: accounts, parties, inspections driven to a step, signed links, a failed notice, an incident, an
 * expired measurement standard and a listed calendar day.
 */
final class WriteFixtures {

    static final String PASSWORD = "Audit-Every-Write-2026!";
    private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final AtomicLong SEQUENCE = new AtomicLong(ThreadLocalRandom.current().nextLong(10_000_000L));
    private static final Duration WAIT = Duration.ofSeconds(60);

    final String category;
    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final Inspections inspections;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final RepositoryService repository;
    private final NoticeSettings noticeSettings;
    private final String passwordHash;

    WriteFixtures(ApplicationContext context) {
        this.jdbc = context.getBean(JdbcClient.class);
        this.accounts = context.getBean(UserAccounts.class);
        this.inspections = context.getBean(Inspections.class);
        this.runtime = context.getBean(RuntimeService.class);
        this.tasks = context.getBean(TaskService.class);
        this.repository = context.getBean(RepositoryService.class);
        this.noticeSettings = context.getBean(NoticeSettings.class);
        this.passwordHash = context.getBean(PasswordEncoder.class).encode(PASSWORD);
        this.category = "AUDIT_" + SEQUENCE.incrementAndGet();
        jdbc.sql("insert into instrument_category (code, name_zh, name_en) values (:code, '审计测试器具', 'Audit test')")
                .param("code", category).update();
    }

    static long next() {
        return SEQUENCE.incrementAndGet();
    }

    /** An account; inspectors and supervisors get a staff record qualified for the fixtures' category. */
    CurrentUser account(Role role, String province) {
        Long staffId = role == Role.ADMIN ? null : staff(province, role.name());
        String username = "w" + next();
        accounts.create(new UserAccounts.NewAccount(username, passwordHash, username, role,
                role == Role.ADMIN ? null : province, staffId));
        return accounts.loadUserByUsername(username);
    }

    long staff(String province, String role) {
        long id = jdbc.sql("insert into staff (staff_no, role, name_zh, province) values (:no, :role, :name, :province)"
                        + " returning id")
                .param("no", "W" + next()).param("role", role).param("name", "审计测试人员" + next())
                .param("province", province).query(Long.class).single();
        jdbc.sql("insert into staff_qualification (staff_id, category_code) values (:id, :category)")
                .param("id", id).param("category", category).update();
        return id;
    }

    String staffNo(long staffId) {
        return jdbc.sql("select staff_no from staff where id = :id").param("id", staffId).query(String.class).single();
    }

    /** An active authorised body with a current certificate whose scope is the fixtures' category. */
    long party(String province, String email) {
        String region = province.equals("SC") ? "510100" : "500103";
        long id = jdbc.sql("""
                        insert into party (credit_code, kind, name_zh, province, region_code, risk_class, contact_emails)
                        values (:code, 'AUTHORISED_BODY', :name, :province, :region, 'MEDIUM', :emails) returning id""")
                .param("code", creditCode(region)).param("name", "审计测试计量所" + next()).param("province", province)
                .param("region", region).param("emails", new String[]{email}).query(Long.class).single();
        jdbc.sql("""
                        insert into authorisation_certificate (party_id, number, valid_from, valid_to)
                        values (:id, :number, current_date - 365, current_date + 730)""")
                .param("id", id).param("number", "审计" + id).update();
        jdbc.sql("insert into authorisation_scope (party_id, category_code) values (:id, :category)")
                .param("id", id).param("category", category).update();
        return id;
    }

    long party(String province) {
        return party(province, "audit-" + next() + "@example.cn");
    }

    int version(String table, long id) {
        return jdbc.sql("select version from " + table + " where id = :id").param("id", id).query(Integer.class).single();
    }

    /** An inspection of the party by the two team members, opened by the supervisor; waits for the on-site task. */
    long inspection(long partyId, List<Long> team, String supervisor) {
        long id = inspections.open(new OpenInspection(partyId, team, LocalDate.now().plusDays(7), null), supervisor);
        task(id, "Task_InspectOnSite");
        return id;
    }

    Task task(long inspectionId, String taskKey) {
        return await().atMost(WAIT).until(() -> tasks.createTaskQuery()
                .processInstanceBusinessKey(String.valueOf(inspectionId)).processDefinitionKey("Inspection")
                .taskDefinitionKey(taskKey).singleResult(), found -> found != null);
    }

    /** On site done with one major finding and approved: the inspection waits for the business's rectification. */
    void reachRectification(long inspectionId) {
        finding(inspectionId);
        tasks.complete(task(inspectionId, "Task_InspectOnSite").getId(), Map.of());
        tasks.complete(task(inspectionId, "Task_ReviewInspection").getId(), Map.of("reviewApproved", true,
                "criticalFindings", 0, "majorFindings", 1, "minorFindings", 0));
        await().atMost(WAIT).until(() -> "RECTIFYING".equals(status(inspectionId)));
    }

    /** On site done and approved with the given critical findings: PASS without, FAIL with. */
    void conclude(long inspectionId, int critical) {
        tasks.complete(task(inspectionId, "Task_InspectOnSite").getId(), Map.of());
        tasks.complete(task(inspectionId, "Task_ReviewInspection").getId(), Map.of("reviewApproved", true,
                "criticalFindings", critical, "majorFindings", 0, "minorFindings", 0));
        await().atMost(WAIT).until(() -> inspections.result(inspectionId).isPresent());
    }

    String status(long inspectionId) {
        return jdbc.sql("select status from inspection where id = :id").param("id", inspectionId)
                .query(String.class).single();
    }

    void finding(long inspectionId) {
        jdbc.sql("""
                        insert into finding (inspection_id, checklist_item, clause, severity, description,
                                             recorded_by_staff_id, recorded_at)
                        select :id, c.code, c.clause, 'MAJOR', '标准器溯源证书过期',
                               (select min(staff_id) from inspection_team where inspection_id = :id), now()
                        from checklist_item c where c.party_kind = 'AUTHORISED_BODY' order by c.position limit 1""")
                .param("id", inspectionId).update();
    }

    /** A measurement standard of the party whose calibration ended yesterday; returns the key of what it proposes. */
    String expiredStandard(long partyId) {
        String number = "STD-" + partyId;
        jdbc.sql("""
                        insert into measurement_standard (party_id, name, certificate_number, calibration_due)
                        values (:party, '过期的标准', :number, current_date - 1)""")
                .param("party", partyId).param("number", number).update();
        return "expired-standard:" + number;
    }

    /** A public holiday listed on the day, as an import would list it. */
    void calendarDay(LocalDate day) {
        jdbc.sql("delete from working_calendar_day where day = :day").param("day", day).update();
        jdbc.sql("insert into working_calendar_day (day, working, name_zh) values (:day, false, '审计测试假日')")
                .param("day", day).update();
    }

    String checklistItem() {
        return jdbc.sql("select code from checklist_item where party_kind = 'AUTHORISED_BODY' order by position limit 1")
                .query(String.class).single();
    }

    long findingOf(long inspectionId) {
        return jdbc.sql("select max(id) from finding where inspection_id = :id").param("id", inspectionId)
                .query(Long.class).single();
    }

    /** The answer link a notice would carry for the inspection's party. */
    String link(LinkPurpose purpose, long inspectionId, long partyId) {
        return new LinkSigner(noticeSettings.linkSecret()).sign(new LinkClaims(purpose, inspectionId, partyId,
                Instant.now().plus(Duration.ofDays(1))));
    }

    /** A notice that failed for good: its party's address is no mail address. */
    long failedNotice(List<Long> team, String supervisor) {
        long partyId = party("SC", "not-a-mail-address");
        inspections.open(new OpenInspection(partyId, team, LocalDate.now().plusDays(7), null), supervisor);
        return await().atMost(WAIT).until(() -> jdbc.sql(
                        "select id from notice where party_id = :party and status = 'FAILED'")
                .param("party", partyId).query(Long.class).optional().orElse(null), found -> found != null);
    }

    /** An open incident: a job of a probe process that fails on its only retry. */
    String incident() {
        String key = "AuditWriteProbe_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        repository.createDeployment().addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key)
                .camundaHistoryTimeToLive(1)
                .startEvent("StartEvent_ProbeStarted")
                .serviceTask("Task_FailOnce").name("失败一次").camundaAsyncBefore()
                .camundaFailedJobRetryTimeCycle("R1/PT1S").camundaExpression("${reading.intValue() >= 0}")
                .endEvent("EndEvent_ProbeEnded").done()).deploy();
        String instance = runtime.startProcessInstanceByKey(key, Map.of("reading", "not a number")).getId();
        String incidentId = await().atMost(WAIT).until(() -> runtime.createIncidentQuery().processInstanceId(instance)
                .incidentType(Incident.FAILED_JOB_HANDLER_TYPE).singleResult(), found -> found != null).getId();
        runtime.setVariable(instance, "reading", 1L);
        return incidentId;
    }

    static String creditCode(String region) {
        String organisation = String.format("%09d", next() * 7919 % 1_000_000_000L);
        String body = "93" + region + organisation;
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CODE_ALPHABET.indexOf(body.charAt(i)) * CODE_WEIGHTS[i];
        }
        return body + CODE_ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
