package cn.chuanyu.metrology.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * When checkpoints of the audit chain are written and who receives them by mail.
 *
 * @param cycle         timer cycle of the AuditCheckpoint process (AUDIT_CHECKPOINT_CYCLE): a cron expression or
 *                      an ISO 8601 repeating interval, at least daily
 * @param recipients    who receives each checkpoint (AUDIT_CHECKPOINT_RECIPIENTS, comma-separated): the
 *                      administrators of both provinces
 * @param from          sender address of the checkpoint mails
 * @param publicBaseUrl where anyone reaches the public checkpoint page, for the link in the mail
 */
@ConfigurationProperties("chuanyu.audit.checkpoints")
public record CheckpointSettings(@DefaultValue("0 15 0 * * ?") String cycle, List<String> recipients,
                                 @DefaultValue("audit@chuanyu-metrology.example") String from,
                                 @DefaultValue("http://localhost:8080") String publicBaseUrl) {

    public CheckpointSettings {
        recipients = recipients == null ? List.of()
                : recipients.stream().map(String::strip).filter(address -> !address.isEmpty()).toList();
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("AUDIT_CHECKPOINT_RECIPIENTS names nobody: each checkpoint of the "
                    + "audit chain is mailed to the administrators of both provinces, so name their addresses");
        }
    }
}
