-- Camunda's PostgreSQL schema has no index on ACT_RU_TASK.PARENT_TASK_ID_, yet every task completion looks up
-- sub-tasks by it: without the index each completion scans every open task (README "Performance"). The engine's
-- tables come from V101, so the owner role that runs the migrations creates it; the application's role never runs DDL.
-- (Earlier versions created it from a process-engine plugin at every start; "if not exists" keeps those databases.)

create index if not exists act_idx_task_parent_task on public.act_ru_task (parent_task_id_);
