-- The open inspector tasks per team member, so an inspector's "my tasks" walks one index in order and stops at
-- the page size, however many inspections the inspector has been on. Kept with inspection_task by the same
-- task listener, in the engine's transaction.

create table inspection_task_member (
    staff_id    bigint not null references staff (id),
    task_id     varchar(64) not null references inspection_task (task_id) on delete cascade,
    created_at  timestamptz not null,
    primary key (staff_id, task_id)
);
create index inspection_task_member_queue on inspection_task_member (staff_id, created_at, task_id);
create index inspection_task_member_task on inspection_task_member (task_id);
