package cn.chuanyu.metrology.audit.process;

import cn.chuanyu.metrology.audit.AuditCheckpoints;
import cn.chuanyu.metrology.audit.AuditLog;
import cn.chuanyu.metrology.audit.Checkpoint;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Writes the checkpoint: scheduled when the timer fired, on demand for the administrator who asked. */
@Component
class WriteCheckpointDelegate implements JavaDelegate {

    private final AuditCheckpoints checkpoints;

    WriteCheckpointDelegate(AuditCheckpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String requestedBy = CheckpointProcess.requestedBy(execution);
        Checkpoint checkpoint = requestedBy == null
                ? checkpoints.write(Checkpoint.Occasion.SCHEDULED, AuditLog.SYSTEM)
                : checkpoints.write(Checkpoint.Occasion.ON_DEMAND, requestedBy);
        execution.setVariable(CheckpointProcess.NUMBER, checkpoint.number());
    }
}
