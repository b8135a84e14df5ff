package cn.chuanyu.metrology.audit;

import cn.chuanyu.metrology.audit.process.CheckpointProcess;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checkpoints of the application's audit chain: written by the AuditCheckpoint process (its timer, at least daily,
 * or an administrator's request), published to anyone, mailed to the administrators of both provinces, and
 * compared with a copy someone holds.
 */
@Service
public class AuditCheckpoints {

    private final CheckpointWriter writer;
    private final CheckpointStore store;
    private final CheckpointMail mail;
    private final AuditLog auditLog;
    private final AuditTrail trail;
    private final RuntimeService runtime;

    AuditCheckpoints(CheckpointWriter writer, CheckpointStore store, CheckpointMail mail, AuditLog auditLog,
                     AuditTrail trail, RuntimeService runtime) {
        this.writer = writer;
        this.store = store;
        this.mail = mail;
        this.auditLog = auditLog;
        this.trail = trail;
        this.runtime = runtime;
    }

    /** An administrator asks for a checkpoint now: the process writes it at once and mails it in a job of its own. */
    @Transactional
    public Checkpoint requestNow(String administrator) {
        var result = runtime.createMessageCorrelation(CheckpointProcess.REQUESTED_MESSAGE)
                .setVariable(CheckpointProcess.REQUESTED_BY, administrator)
                .correlateStartMessage();
        long number = CheckpointProcess.number(runtime, result.getId());
        return store.find(AuditChain.MAIN, number).orElseThrow();
    }

    /** Writes the next checkpoint of the application's chain and records who asked for it. */
    @Transactional
    public Checkpoint write(Checkpoint.Occasion occasion, String requestedBy) {
        Checkpoint checkpoint = writer.write(AuditChain.MAIN, occasion, requestedBy);
        auditLog.recordAs(requestedBy, AuditEntry.of("AUDIT_CHECKPOINT_WRITTEN", "audit-checkpoint",
                checkpoint.number()).with(Map.of("occasion", occasion.name(), "sequence", checkpoint.sequence(),
                "headMac", checkpoint.headHash(), "recordCount", checkpoint.recordCount(), "keyId",
                checkpoint.keyId())));
        return checkpoint;
    }

    /** Mails a written checkpoint to the configured recipients (at least once: a retry sends the same mail). */
    public void mail(long number) {
        Checkpoint checkpoint = store.find(AuditChain.MAIN, number).orElseThrow();
        mail.send(checkpoint);
        auditLog.record(AuditEntry.of("AUDIT_CHECKPOINT_MAILED", "audit-checkpoint", number)
                .with(Map.of("messageId", mail.messageId(checkpoint))));
    }

    @Transactional(readOnly = true)
    public List<PublishedCheckpoint> published(int page, int size) {
        return store.newestFirst(AuditChain.MAIN, page, size).stream().map(PublishedCheckpoint::of).toList();
    }

    @Transactional(readOnly = true)
    public long publishedCount() {
        return store.count(AuditChain.MAIN);
    }

    @Transactional(readOnly = true)
    public Optional<PublishedCheckpoint> published(long number) {
        return store.find(AuditChain.MAIN, number).map(PublishedCheckpoint::of);
    }

    /** Compares a checkpoint someone holds with the published one and with the chain (null values are not compared). */
    @Transactional(readOnly = true)
    public CheckpointCheck check(long number, Long sequence, String headMac, Long recordCount) {
        Optional<PublishedCheckpoint> published = published(number);
        var differences = new ArrayList<String>();
        published.ifPresent(found -> {
            if (sequence != null && sequence != found.sequence()) {
                differences.add("sequence");
            }
            if (headMac != null && !headMac.equalsIgnoreCase(found.headMac())) {
                differences.add("headMac");
            }
            if (recordCount != null && recordCount != found.recordCount()) {
                differences.add("recordCount");
            }
        });
        long atSequence = sequence != null ? sequence : published.map(PublishedCheckpoint::sequence).orElse(-1L);
        String head = headMac != null ? headMac : published.map(PublishedCheckpoint::headMac).orElse(null);
        boolean chainHasHead = head != null && (atSequence == 0 ? AuditChain.GENESIS.equals(head)
                : trail.record(atSequence).map(record -> head.equalsIgnoreCase(record.hash())).orElse(false));
        return CheckpointCheck.of(number, published.orElse(null), differences, chainHasHead);
    }
}
