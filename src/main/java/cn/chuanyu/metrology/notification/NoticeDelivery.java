package cn.chuanyu.metrology.notification;

import cn.chuanyu.metrology.audit.AuditEntry;
import cn.chuanyu.metrology.audit.AuditLog;
import cn.chuanyu.metrology.kernel.ConflictException;
import cn.chuanyu.metrology.kernel.NotFoundException;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashMap;

/**
 * Sends one notice, at least once and in practice once. Each write commits on its own, outside the job's
 * transaction: the rendered mail (with its one Message-ID) before the first attempt, the attempt count, and SENT
 * as soon as the SMTP server accepted the message, so a later failure of the job (and its retry) cannot send it
 * again. The notice's row stays locked while the SMTP server is talked to, so a second attempt (a job run again on
 * another node after its lock expired, an administrator's resend) waits for the first and then finds it SENT. A
 * server that is down fails the job, which retries; a bad or rejected address ends the notice as FAILED with the
 * SMTP reason. A duplicate remains possible when the server accepts but the commit of SENT is lost (the node dies
 * in between) or when the server accepts after the client gave up waiting for its answer (see README "Notices").
 */
@Service
class NoticeDelivery {

    private final NoticeStore store;
    private final NoticeRenderer renderer;
    private final JavaMailSender mail;
    private final NoticeSettings settings;
    private final TransactionTemplate ownTransaction;
    private final TransactionTemplate sendingTransaction;
    private final Clock clock;
    private final AuditLog audit;

    NoticeDelivery(NoticeStore store, NoticeRenderer renderer, JavaMailSender mail, NoticeSettings settings,
                   PlatformTransactionManager transactions, Clock clock, AuditLog audit) {
        this.store = store;
        this.audit = audit;
        this.renderer = renderer;
        this.mail = mail;
        this.settings = settings;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.ownTransaction.setTimeout(60);
        // no timeout: it lasts as long as the SMTP conversation, which the mail timeouts bound
        this.sendingTransaction = new TransactionTemplate(transactions);
        this.sendingTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Records the request (once per key) and sends it unless it was sent or failed for good before. */
    NoticeStatus deliver(NoticeRequest request) {
        long id = ownTransaction.execute(tx -> store.insert(request, clock.instant()));
        return send(id);
    }

    /** Sends a recorded notice now; a notice already SENT or FAILED is left alone. */
    NoticeStatus send(long id) {
        NoticeRecord notice = ownTransaction.execute(tx -> prepare(id));
        if (notice.status() != NoticeStatus.PENDING) {
            return notice.status();
        }
        Attempt attempt = sendingTransaction.execute(tx -> attempt(id));
        if (attempt.passingFailure() != null) {
            throw new NoticeNotSentException(id, attempt.reason(), attempt.passingFailure());
        }
        return attempt.status();
    }

    /** One SMTP conversation with the row locked; its outcome commits with it. */
    private Attempt attempt(long id) {
        NoticeRecord notice = store.lock(id).orElseThrow();
        if (notice.status() != NoticeStatus.PENDING) {
            return new Attempt(notice.status(), null, null);
        }
        try {
            mail.send(message(notice));
        } catch (MailException | MessagingException failure) {
            return failed(notice, failure);
        }
        store.sent(id, clock.instant());
        audit.record(outcome("NOTICE_SENT", notice, null));
        return new Attempt(NoticeStatus.SENT, null, null);
    }

    /** How an attempt ended; a passing failure (server down, timeout, 4xx) leaves the notice PENDING for a retry. */
    private record Attempt(NoticeStatus status, String reason, Exception passingFailure) {
    }

    /**
     * Sends a FAILED notice again, rendered afresh for the party's addresses as they are now (an administrator
     * corrected them). If the SMTP server cannot take it just now, the notice stays FAILED with that reason, so it
     * is never left PENDING without a job that would send it.
     */
    NoticeStatus resend(long id) {
        NoticeRecord notice = ownTransaction.execute(tx -> {
            NoticeRecord failed = store.lock(id).orElseThrow(() -> new NotFoundException("problem.notice.notFound", id));
            if (failed.status() != NoticeStatus.FAILED) {
                throw new ConflictException("problem.notice.notFailed", id, failed.status());
            }
            store.rendered(id, renderer.render(failed));
            store.reopen(id);
            NoticeRecord reopened = store.find(id).orElseThrow();
            audit.record(outcome("NOTICE_RESENT", reopened, failed.lastError()));
            return reopened;
        });
        try {
            return send(notice.id());
        } catch (NoticeNotSentException unavailable) {
            ownTransaction.executeWithoutResult(tx -> store.failedForGood(id, unavailable.reason()));
            return NoticeStatus.FAILED;
        }
    }

    private NoticeRecord prepare(long id) {
        NoticeRecord notice = store.lock(id).orElseThrow();
        if (notice.status() != NoticeStatus.PENDING) {
            return notice;
        }
        if (!notice.rendered()) {
            store.rendered(id, renderer.render(notice));
        }
        store.attempted(id, clock.instant());
        return store.find(id).orElseThrow();
    }

    private Attempt failed(NoticeRecord notice, Exception failure) {
        String reason = MailFailures.reason(failure);
        if (MailFailures.permanent(failure)) {
            store.failedForGood(notice.id(), reason);
            audit.record(outcome("NOTICE_FAILED", notice, reason));
            return new Attempt(NoticeStatus.FAILED, reason, null);
        }
        store.failedForNow(notice.id(), reason);
        return new Attempt(NoticeStatus.PENDING, reason, failure);
    }

    private static AuditEntry outcome(String action, NoticeRecord notice, String reason) {
        var detail = new LinkedHashMap<String, Object>();
        detail.put("kind", notice.kind().name());
        detail.put("partyId", notice.partyId());
        detail.put("processInstanceId", notice.processInstanceId());
        detail.put("recipients", String.join(",", notice.recipients()));
        if (reason != null) {
            detail.put("reason", reason);
        }
        return new AuditEntry(action, "notice", Long.toString(notice.id()), detail);
    }

    private MimeMessage message(NoticeRecord notice) throws MessagingException {
        if (notice.recipients().isEmpty()) {
            throw new jakarta.mail.internet.AddressException("the party has no contact email address");
        }
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(sender(notice));
        InternetAddress[] to = new InternetAddress[notice.recipients().size()];
        for (int i = 0; i < to.length; i++) {
            to[i] = new InternetAddress(notice.recipients().get(i), true);
        }
        helper.setTo(to);
        helper.setSubject(notice.subject());
        helper.setText(notice.textBody(), notice.htmlBody());
        for (var file : renderer.attachments(notice)) {
            helper.addAttachment(file.fileName(), new org.springframework.core.io.ByteArrayResource(file.pdf()),
                    "application/pdf");
        }
        helper.setSentDate(Date.from(notice.requestedAt()));
        message.setHeader("Message-ID", notice.messageId());
        message.setHeader("Content-Language", notice.language());
        return message;
    }

    private InternetAddress sender(NoticeRecord notice) throws MessagingException {
        try {
            return new InternetAddress(settings.from(),
                    NoticeWording.regulator(notice.province(), notice.language()), StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
