package cn.chuanyu.metrology.notification;

import cn.chuanyu.metrology.inspection.Inspections;
import cn.chuanyu.metrology.inspection.OpenInspection;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import static org.awaitility.Awaitility.await;

/** Parties with unique mailboxes, inspections driven through their steps, and the mail they received. */
public final class NoticeFixtures {

    private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final AtomicLong SEQUENCE = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000));

    private final JdbcClient jdbc;
    private final Inspections inspections;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final GreenMail greenMail;

    /** Takes what it needs from the shared test application context. */
    NoticeFixtures(ApplicationContext context) {
        this.jdbc = context.getBean(JdbcClient.class);
        this.inspections = context.getBean(Inspections.class);
        this.runtime = context.getBean(RuntimeService.class);
        this.tasks = context.getBean(TaskService.class);
        this.management = context.getBean(ManagementService.class);
        this.greenMail = context.getBean(GreenMail.class);
    }

    /** A unique mailbox for one party of one test. */
    static String mailbox() {
        return "notice-test-" + SEQUENCE.incrementAndGet() + "@example.cn";
    }

    long party(String province, String language, String email) {
        String region = province.equals("SC") ? "510100" : "500103";
        long n = SEQUENCE.incrementAndGet();
        return jdbc.sql("""
                        insert into party (credit_code, kind, name_zh, name_en, province, region_code, risk_class,
                                           contact_emails, preferred_language)
                        values (:code, 'AUTHORISED_BODY', :zh, :en, :province, :region, 'MEDIUM', :emails, :language)
                        returning id""")
                .param("code", creditCode(region)).param("zh", "通知测试<计量>单位" + n)
                .param("en", "Notice Test <Metrology> Co. " + n).param("province", province)
                .param("region", region).param("emails", new String[]{email}).param("language", language)
                .query(Long.class).single();
    }

    long inspector(String province) {
        return jdbc.sql("insert into staff (staff_no, role, name_zh, name_en, province)"
                        + " values (:no, 'INSPECTOR', :zh, :en, :province) returning id")
                .param("no", "N" + SEQUENCE.incrementAndGet()).param("zh", "检查员" + SEQUENCE.get())
                .param("en", "Inspector " + SEQUENCE.get()).param("province", province).query(Long.class).single();
    }

    long open(long partyId, String province) {
        return inspections.open(new OpenInspection(partyId, List.of(inspector(province), inspector(province)),
                LocalDate.of(2026, 12, 7), null), "notice-test");
    }

    String processOf(long inspectionId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(inspectionId))
                .singleResult().getId();
    }

    /** One open finding recorded by the first team member, as the on-site task would. */
    void finding(long inspectionId, String severity, String description) {
        jdbc.sql("""
                        insert into finding (inspection_id, checklist_item, clause, severity, description,
                                             recorded_by_staff_id, recorded_at)
                        select :id, c.code, c.clause, :severity, :description,
                               (select min(staff_id) from inspection_team where inspection_id = :id), now()
                        from checklist_item c where c.party_kind = 'AUTHORISED_BODY' order by c.position limit 1""")
                .param("id", inspectionId).param("severity", severity).param("description", description).update();
    }

    /** On-site done and approved with one major and one minor finding: rectification ordered. */
    void reachRectification(String processInstanceId) {
        completeTask(processInstanceId, "Task_InspectOnSite", Map.of());
        completeTask(processInstanceId, "Task_ReviewInspection", Map.of("reviewApproved", true,
                "criticalFindings", 0, "majorFindings", 1, "minorFindings", 1));
        awaitWaitingAt(processInstanceId, "Task_AwaitRectification");
    }

    void completeTask(String processInstanceId, String taskKey, Map<String, Object> variables) {
        awaitWaitingAt(processInstanceId, taskKey);
        var task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
                .singleResult();
        tasks.complete(task.getId(), variables);
    }

    void awaitWaitingAt(String processInstanceId, String activityId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> runtime.getActiveActivityIds(processInstanceId)
                .contains(activityId));
    }

    /** Waits until the asynchronous steps of the instance (not its timers) have run and committed. */
    void awaitAsyncStepsDone(String processInstanceId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> management.createJobQuery()
                .processInstanceId(processInstanceId).messages().count() == 0);
    }

    Job timer(String processInstanceId, String activityId) {
        return management.createJobQuery().processInstanceId(processInstanceId).timers().activityId(activityId)
                .singleResult();
    }

    /** The job that sends the inspection notice of the instance (it waits there while the SMTP server is down). */
    Job inspectionNoticeJob(String processInstanceId) {
        return management.createJobQuery().processInstanceId(processInstanceId)
                .activityId("Task_SendInspectionNotice").singleResult();
    }

    /**
     * How many of these instances' inspection-notice jobs carry their failure. The job executor records it in a
     * transaction of its own after the notice's failed attempt was stored, so a test waits for both.
     */
    long inspectionNoticeJobsFailed(List<String> processInstanceIds) {
        // one query per instance: Camunda 7.24 writes invalid SQL for activityId together with processInstanceIds
        return processInstanceIds.stream().filter(id -> management.createJobQuery().processInstanceId(id)
                .activityId("Task_SendInspectionNotice").withException().count() > 0).count();
    }

    /** Makes the waiting inspection-notice job due now instead of at its next retry. */
    void runInspectionNoticeAgainNow(String processInstanceId) {
        management.setJobDuedate(inspectionNoticeJob(processInstanceId).getId(), new Date());
    }

    Incident failedJobIncident(String processInstanceId) {
        return runtime.createIncidentQuery().processInstanceId(processInstanceId)
                .incidentType(Incident.FAILED_JOB_HANDLER_TYPE).singleResult();
    }

    /** The notices of these parties: id, status, attempts, last error. */
    List<Map<String, Object>> notices(List<Long> parties) {
        return jdbc.sql("select id, status, attempts, last_error from notice where party_id = any(:p) order by id")
                .param("p", parties.toArray(Long[]::new)).query().listOfRows();
    }

    /** How many of these parties' notices have failed at least once. */
    long noticesFailedOnce(List<Long> parties) {
        return notices(parties).stream().filter(n -> (Integer) n.get("attempts") >= 1 && n.get("last_error") != null)
                .count();
    }

    List<MimeMessage> messagesTo(String email) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> recipients(m).contains(email)).toList();
    }

    MimeMessage awaitMessage(String email, String subjectPart) {
        await().atMost(Duration.ofSeconds(30)).until(() -> messagesTo(email).stream()
                .anyMatch(m -> subject(m).contains(subjectPart)));
        return messagesTo(email).stream().filter(m -> subject(m).contains(subjectPart)).findFirst().orElseThrow();
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<String> recipients(MimeMessage message) {
        try {
            return message.getAllRecipients() == null ? List.of()
                    : Arrays.stream(message.getAllRecipients()).map(Object::toString).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first part of the given type (text/plain or text/html), searched through nested multiparts. */
    public static String part(Part part, String type) {
        try {
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart body = multipart.getBodyPart(i);
                    String found = part(body, type);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String creditCode(String region) {
        String organisation = String.format("%09d", SEQUENCE.incrementAndGet() * 7919 % 1_000_000_000L);
        String body = "92" + region + organisation;
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CODE_ALPHABET.indexOf(body.charAt(i)) * CODE_WEIGHTS[i];
        }
        return body + CODE_ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
