package cn.chuanyu.metrology.notification;

import java.time.Instant;
import java.util.List;

/** A notice as stored: its key, its status and, once rendered, exactly the mail that goes out. */
public record NoticeRecord(long id, String processInstanceId, String step, NoticeKind kind, long partyId,
                           String subjectType, long subjectId, String province, NoticeStatus status, int attempts,
                           Instant requestedAt, String language, List<String> recipients, String subject,
                           String textBody, String htmlBody, String messageId, Instant lastAttemptAt,
                           String lastError, Instant sentAt) {

    boolean rendered() {
        return subject != null;
    }
}
