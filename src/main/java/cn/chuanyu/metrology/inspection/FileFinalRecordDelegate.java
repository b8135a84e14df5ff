package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.audit.AuditLog;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_FileFinalRecord}: files the on-site record with the final result before the result notice, which
 * carries it to the business. Once per inspection: a retried job finds it filed.
 */
@Component
class FileFinalRecordDelegate implements JavaDelegate {

    private final RecordFiling filing;

    FileFinalRecordDelegate(RecordFiling filing) {
        this.filing = filing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        filing.fileFinalOnce((Long) execution.getVariable(InspectionProcess.INSPECTION_ID), AuditLog.SYSTEM);
    }
}
