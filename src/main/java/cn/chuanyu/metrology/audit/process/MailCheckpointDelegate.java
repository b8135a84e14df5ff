package cn.chuanyu.metrology.audit.process;

import cn.chuanyu.metrology.audit.AuditCheckpoints;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Mails the written checkpoint; an SMTP failure fails the job, which retries and ends as a visible incident. */
@Component
class MailCheckpointDelegate implements JavaDelegate {

    private final AuditCheckpoints checkpoints;

    MailCheckpointDelegate(AuditCheckpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    @Override
    public void execute(DelegateExecution execution) {
        checkpoints.mail(CheckpointProcess.number(execution));
    }
}
