-- The overdue report and the slippage ledger. Each projection owns its tables (its reset clears only those).

-- Owned by OverdueProjection. The report answers for any past reference date, so it keeps every closure
-- (with its business date and whether a reopening withdrew it) and the business date of every progress update,
-- not only the action's current status.
create table overdue_plan (
    plan_id  uuid          primary key,
    title    varchar(300)  not null
);

create table overdue_action (
    action_id  uuid           primary key,
    plan_id    uuid           not null,
    ref        varchar(32)    not null,
    aim        integer        not null,
    title      varchar(1000)  not null,
    leads      jsonb          not null,
    timescale  jsonb          not null,
    due        date,
    seq        bigint         not null
);

create index overdue_action_plan on overdue_action (plan_id);

create table overdue_closure (
    action_id     uuid    not null,
    seq           bigint  not null,  -- of the ActionClosed event
    closed_on     date    not null,
    reopened_seq  bigint,            -- of the ActionReopened that withdrew this closure; null while in force
    primary key (action_id, seq)
);

create table overdue_progress (
    action_id  uuid    not null,
    seq        bigint  not null,
    as_of      date    not null,
    primary key (action_id, seq)
);

-- Owned by SlippageProjection. An action's row is written once, from ActionAdded; its current timescale is the
-- one its last reschedule set, so no row is ever updated.
create table slippage_plan (
    plan_id  uuid          primary key,
    title    varchar(300)  not null
);

create table slippage_action (
    action_id           uuid           primary key,
    plan_id             uuid           not null,
    ref                 varchar(32)    not null,
    aim                 integer        not null,
    title               varchar(1000)  not null,
    original_timescale  text,
    original_due        date
);

create index slippage_action_plan on slippage_action (plan_id);

create table slippage_reschedule (
    action_id           uuid         not null,
    seq                 bigint       not null,
    recorded_at         timestamptz  not null,
    previous_timescale  text,
    previous_due        date,
    new_timescale       text,
    new_due             date,
    reason              text,
    actor               text,
    primary key (action_id, seq)
);
