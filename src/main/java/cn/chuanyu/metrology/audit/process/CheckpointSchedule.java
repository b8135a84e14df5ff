package cn.chuanyu.metrology.audit.process;

import cn.chuanyu.metrology.audit.CheckpointSettings;
import org.springframework.stereotype.Component;

/**
 * The timer cycle of the AuditCheckpoint process, read by its start event ({@code ${auditCheckpointSchedule.cycle()}})
 * when the model is deployed and again each time the timer fires, so a changed AUDIT_CHECKPOINT_CYCLE applies from
 * the next checkpoint on.
 */
@Component("auditCheckpointSchedule")
public class CheckpointSchedule {

    private final CheckpointSettings settings;

    CheckpointSchedule(CheckpointSettings settings) {
        this.settings = settings;
    }

    public String cycle() {
        return settings.cycle();
    }
}
