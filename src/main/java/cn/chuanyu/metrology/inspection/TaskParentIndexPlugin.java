package cn.chuanyu.metrology.inspection;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Adds the index Camunda's PostgreSQL schema lacks on {@code ACT_RU_TASK.PARENT_TASK_ID_}: every task
 * completion looks up sub-tasks by it, and without the index each completion scans all open tasks. It cannot be
 * a Flyway migration: on an empty database the engine creates its tables after Flyway has run. So it is created
 * once the engine is built (its schema exists), idempotently, on every start of every node.
 */
@Component
class TaskParentIndexPlugin extends AbstractProcessEnginePlugin {

    private final JdbcClient jdbc;

    TaskParentIndexPlugin(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        jdbc.sql("create index if not exists act_idx_task_parent_task on public.act_ru_task (parent_task_id_)")
                .update();
    }
}
