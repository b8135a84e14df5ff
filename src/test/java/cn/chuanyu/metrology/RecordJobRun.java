package cn.chuanyu.metrology;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutorContext;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The side effect of the test-only job probe: one row per run, keyed by business key and naming the job executor
 * that ran it, written in the job's own transaction (so a run that is rolled back leaves no row).
 */
public class RecordJobRun implements JavaDelegate {

    static final String TABLE = "resilience_job_run";

    @Override
    public void execute(DelegateExecution execution) throws SQLException {
        JobExecutorContext job = Context.getJobExecutorContext();
        String owner = job == null ? "caller" : job.getCurrentJob().getLockOwner();
        Connection connection = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into " + TABLE + " (business_key, lock_owner) values (?, ?)")) {
            insert.setString(1, execution.getBusinessKey());
            insert.setString(2, owner);
            insert.executeUpdate();
        }
    }
}
