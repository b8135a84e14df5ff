package cn.chuanyu.metrology.bench;

import cn.chuanyu.metrology.security.Role;
import com.icegreen.greenmail.util.GreenMail;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The soak run (issue 10): whole lifecycles over HTTP for a long time, with a ledger of every lifecycle the clients
 * were told had succeeded. Afterwards each must be closed in the database exactly once, with its three findings
 * and one approval; every notice requested in the run must have reached the SMTP server once; no incident may be
 * open; and the rate and the resident memory per window show whether anything degrades or leaks.
 */
final class SoakRun {

    private static final int WINDOWS = 6;
    private static final Duration SETTLE = Duration.ofMinutes(10);

    private final Sizes sizes;
    private final Report report;
    private final JdbcClient jdbc;
    private final Register register;
    private final GreenMail mail;
    private final String baseUrl;

    SoakRun(Sizes sizes, Report report, JdbcClient jdbc, Register register, GreenMail mail, String baseUrl) {
        this.sizes = sizes;
        this.report = report;
        this.jdbc = jdbc;
        this.register = register;
        this.mail = mail;
        this.baseUrl = baseUrl;
    }

    void run() throws Exception {
        String supervisor = register.account("soak.sup", Role.SUPERVISOR, "SC", null);
        List<HttpLifecycles.Client> clients = BenchmarkSuite.clients(register, sizes.clients(), "soak");
        HttpLifecycles lifecycles = new HttpLifecycles(baseUrl, supervisor, Register.PASSWORD);
        long noticesBefore = sentNotices();
        int mailsBefore = mail.getReceivedMessages().length;
        Duration window = Duration.ofSeconds(sizes.soakMinutes() * 60L / WINDOWS);
        List<Long> ledger = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        List<Double> resident = new ArrayList<>();
        List<Double> p95 = new ArrayList<>();
        for (int w = 0; w < WINDOWS; w++) {
            HttpLifecycles.Result result = lifecycles.run(clients, Integer.MAX_VALUE, window);
            ledger.addAll(result.inspectionIds());
            rates.add(result.perSecond());
            p95.add(Samples.percentile(result.completionMillis(), 95));
            resident.add(ChildApplication.statusKib(ProcessHandle.current().pid(), "VmRSS") / 1024.0);
            report.note(String.format("soak window %d: %d lifecycles, %.2f/s, completion p95 %.0f ms, RSS %.0f MiB",
                    w + 1, result.lifecycles(), result.perSecond(), p95.get(w), resident.get(w)));
        }
        Long[] ids = ledger.toArray(Long[]::new);
        settle(ids);
        long notClosed = count("select count(*) from inspection where id = any(:ids) and status <> 'CLOSED'", ids);
        long wrongFindings = count("""
                select count(*) from inspection i where i.id = any(:ids)
                and (select count(*) from finding f where f.inspection_id = i.id) <> 3""", ids);
        long wrongApprovals = count("""
                select count(*) from inspection i where i.id = any(:ids)
                and (select count(*) from inspection_event e where e.inspection_id = i.id
                     and e.action = 'APPROVED') <> 1""", ids);
        long notSent = count("""
                select count(*) from notice where subject_type = 'INSPECTION' and subject_id = any(:ids)
                and status <> 'SENT'""", ids);
        long noticesSent = sentNotices() - noticesBefore;
        int mailsReceived = mail.getReceivedMessages().length - mailsBefore;
        long incidents = jdbc.sql("select count(*) from act_ru_incident").query(Long.class).single();
        report.note(String.format("soak ledger: %d lifecycles acknowledged; not closed %d, findings not 3: %d,"
                        + " approvals not 1: %d; notices not sent %d; notices sent %d vs mails received %d;"
                        + " open incidents %d", ids.length, notClosed, wrongFindings, wrongApprovals, notSent,
                noticesSent, mailsReceived, incidents));
        boolean clean = notClosed == 0 && wrongFindings == 0 && wrongApprovals == 0 && notSent == 0
                && noticesSent == mailsReceived && incidents == 0;
        String note = sizes.soakMinutes() + " minutes in " + WINDOWS + " windows, " + sizes.clients() + " clients";
        report.add(new Figure("soak", "lifecycles per window", "lifecycles/s", rates, null,
                "nothing lost or duplicated", clean, note));
        report.add(new Figure("soak", "p95 of a task completion per window", "ms", p95, null, null, null, note));
        report.add(new Figure("soak", "resident memory after each window (app, bench clients and GreenMail's"
                + " kept mails in one JVM)", "MiB", resident, null, null, null, note));
    }

    /** Waits until every acknowledged lifecycle's asynchronous tail (close, disclosure, notices) has run. */
    private void settle(Long[] ids) {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (System.nanoTime() < deadline
                && (count("select count(*) from inspection where id = any(:ids) and status <> 'CLOSED'", ids) > 0
                || jdbc.sql("select count(*) from act_ru_job where retries_ > 0"
                        + " and (duedate_ is null or duedate_ <= now())").query(Long.class).single() > 0)) {
            HttpLifecycles.pause(500);
        }
    }

    private long sentNotices() {
        return jdbc.sql("select count(*) from notice where status = 'SENT'").query(Long.class).single();
    }

    private long count(String sql, Long[] ids) {
        return jdbc.sql(sql).param("ids", ids).query(Long.class).single();
    }
}
