-- The scorecard and the inspection grades. Each projection owns its tables (its reset clears only those). Every
-- step of a measure's value and every judgement is a row keyed by its aggregate and sequence number, so a replayed
-- or redelivered event inserts nothing twice, and the current value is simply the latest step.

-- Owned by ScorecardProjection.
create table scorecard_plan (
    plan_id       uuid          primary key,
    title         varchar(300)  not null,
    organisation  varchar(300)  not null,
    period        varchar(40)   not null
);

-- The plan's actions: what a scorecard calls its priorities.
create table scorecard_priority (
    action_id  uuid           primary key,
    plan_id    uuid           not null,
    ref        varchar(32)    not null,
    aim        integer        not null,
    title      varchar(1000)  not null
);

create index scorecard_priority_plan on scorecard_priority (plan_id);

-- Progress updates tied to a reporting quarter, with the RAG they gave.
create table scorecard_progress (
    action_id    uuid         not null,
    seq          bigint       not null,
    period       text  not null,
    rag          varchar(8),
    narrative    text         not null,
    as_of        date         not null,
    recorded_at  timestamptz  not null,
    primary key (action_id, seq)
);

create table scorecard_measure (
    measure_id   uuid          primary key,
    plan_id      uuid          not null,
    name         text          not null,
    direction    varchar(16)   not null,
    unit         varchar(16)   not null,
    tolerance    numeric,
    aim          integer,
    action_id    uuid,
    defined_at   timestamptz   not null
);

create index scorecard_measure_plan on scorecard_measure (plan_id);

create table scorecard_target (
    measure_id  uuid         not null,
    seq         bigint       not null,
    period      text  not null,
    value       numeric,
    rag         varchar(8),
    previous_value  numeric,
    previous_rag    varchar(8),
    reason      text,
    recorded_at timestamptz  not null,
    primary key (measure_id, seq)
);

-- kind RECORDED (status PENDING, PROVISIONAL, FINAL) or REVISED (with the previous value and the reason).
create table scorecard_value_step (
    measure_id      uuid         not null,
    seq             bigint       not null,
    period          text  not null,
    kind            varchar(16)  not null,
    status          varchar(16)  not null,
    value           numeric,
    rag             varchar(8),
    expected        text,
    note            text,
    previous_value  numeric,
    previous_rag    varchar(8),
    reason          text,
    recorded_at     timestamptz  not null,
    primary key (measure_id, seq)
);

-- Owned by InspectionProjection.
create table inspection (
    inspection_id  uuid          primary key,
    plan_id        uuid,
    framework      text          not null,
    year           integer       not null,
    source         text          not null,
    inspected_on   date          not null,
    organisation   text          not null,
    recorded_at    timestamptz   not null
);

create table inspection_judgement (
    inspection_id   uuid         not null,
    seq             bigint       not null,
    area            text         not null,
    grade           integer      not null,
    previous_grade  integer,
    reason          text,
    recorded_at     timestamptz  not null,
    primary key (inspection_id, seq)
);

create table inspection_area (
    area_id        uuid         primary key,
    inspection_id  uuid         not null,
    seq            bigint       not null,
    outcome_area   text,
    text           text         not null
);

create table inspection_area_action (
    area_id    uuid    not null,
    action_id  uuid    not null,
    seq        bigint  not null,
    primary key (area_id, action_id)
);

-- What the grades view shows of an action that answers an area for development.
create table inspection_action (
    action_id  uuid           primary key,
    plan_id    uuid           not null,
    ref        varchar(32)    not null,
    title      varchar(1000)  not null,
    status     varchar(16)    not null,
    seq        bigint         not null
);

-- Owned by AuditLogProjection: an inspection need not inform a plan, so its events may have none.
alter table audit_event alter column plan_id drop not null;

-- Owned by AuditLogProjection: where each period's value of a measure stands, so the log can say what a later step
-- changed (a MeasureValueRecorded does not carry the step before it). Guarded by the sequence number.
create table audit_measure_value_state (
    measure_id  uuid         not null,
    period      text  not null,
    status      varchar(16),
    value       numeric,
    rag         varchar(8),
    expected    text,
    note        text,
    seq         bigint       not null,
    primary key (measure_id, period)
);

-- Histories of a measure or an inspection, which have no column of their own in the audit log.
create index audit_event_aggregate on audit_event (aggregate_id, sequence_number);
