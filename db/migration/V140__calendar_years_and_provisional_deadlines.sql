-- The working-day calendar knows which years it covers: a year is covered once the State Council's arrangement
-- for it (国务院办公厅关于××××年部分节假日安排的通知) has been imported; a day in any other year counts as an
-- ordinary weekday and a deadline reaching it is provisional. ADMIN imports next year's at /admin/calendar.
create table working_calendar_year (
    year          integer primary key check (year between 2000 and 2100),
    source        varchar(300) not null,
    published_on  date,
    imported_at   timestamptz,
    imported_by   varchar(60)
);

-- 2025: 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号, 2024-11-12)
insert into working_calendar_day (day, working, name_zh) values
    ('2025-01-01', false, '元旦'),
    ('2025-01-26', true, '春节调休'),
    ('2025-01-28', false, '春节'), ('2025-01-29', false, '春节'), ('2025-01-30', false, '春节'),
    ('2025-01-31', false, '春节'), ('2025-02-01', false, '春节'), ('2025-02-02', false, '春节'),
    ('2025-02-03', false, '春节'), ('2025-02-04', false, '春节'),
    ('2025-02-08', true, '春节调休'),
    ('2025-04-04', false, '清明节'), ('2025-04-05', false, '清明节'), ('2025-04-06', false, '清明节'),
    ('2025-04-27', true, '劳动节调休'),
    ('2025-05-01', false, '劳动节'), ('2025-05-02', false, '劳动节'), ('2025-05-03', false, '劳动节'),
    ('2025-05-04', false, '劳动节'), ('2025-05-05', false, '劳动节'),
    ('2025-05-31', false, '端午节'), ('2025-06-01', false, '端午节'), ('2025-06-02', false, '端午节'),
    ('2025-09-28', true, '国庆节、中秋节调休'),
    ('2025-10-01', false, '国庆节、中秋节'), ('2025-10-02', false, '国庆节、中秋节'),
    ('2025-10-03', false, '国庆节、中秋节'), ('2025-10-04', false, '国庆节、中秋节'),
    ('2025-10-05', false, '国庆节、中秋节'), ('2025-10-06', false, '国庆节、中秋节'),
    ('2025-10-07', false, '国庆节、中秋节'), ('2025-10-08', false, '国庆节、中秋节'),
    ('2025-10-11', true, '国庆节、中秋节调休')
on conflict (day) do nothing;

-- 2026's days came with V22 (国务院办公厅关于2026年部分节假日安排的通知, 2025-11-04). 2027's arrangement is
-- not published yet: only New Year's Day, fixed by 《全国年节及纪念日放假办法》, is listed, and 2027 is NOT covered.
insert into working_calendar_year (year, source, published_on) values
    (2025, '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）', '2024-11-12'),
    (2026, '国务院办公厅关于2026年部分节假日安排的通知', '2025-11-04');

-- A rectification deadline that reaches a year whose arrangement is missing is provisional (暂定).
alter table inspection add column rectification_deadline_provisional boolean not null default false;

-- The day a rectification was accepted (by the team's verification or a supervisor's escalation decision):
-- the result then reads 限期整改，已于 yyyy-mm-dd 整改合格, and nothing counts down any more.
alter table inspection add column rectified_on date;
