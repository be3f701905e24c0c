-- Owned by PlanStatusProjection. Each row keeps the sequence number of the last event applied to it, so a
-- replayed or redelivered event changes nothing.

create table plan_status_plan (
    plan_id       uuid          primary key,
    title         varchar(300)  not null,
    organisation  varchar(300)  not null,
    period        varchar(40)   not null,
    status        varchar(16)   not null,
    created_at    timestamptz   not null,
    seq           bigint        not null
);

create table plan_status_aim (
    plan_id  uuid         not null,
    number   integer      not null,
    title    varchar(500) not null,
    primary key (plan_id, number)
);

create table plan_status_action (
    action_id          uuid           primary key,
    plan_id            uuid           not null,
    ref                varchar(32)    not null,
    aim                integer        not null,
    title              varchar(1000)  not null,
    leads              jsonb          not null,
    timescale          jsonb          not null,
    due                date,
    status             varchar(16)    not null,
    rag                varchar(8),
    last_narrative     text,
    last_as_of         date,
    last_recorded_at   timestamptz,
    seq                bigint         not null
);

create index plan_status_action_plan on plan_status_action (plan_id);
