-- Owned by AuditLogProjection: one row per event ever stored, keyed by the event id so that a replayed or
-- redelivered event inserts nothing. Free text is `text` on purpose: a value the projection cannot store would
-- stop it, and the audit log must take every event the command side accepted.

create table audit_event (
    event_id          varchar(255)  primary key,
    -- The event's global position in the store: the order of the whole log and the key for paging.
    position          bigint        not null unique,
    aggregate_type    varchar(255),
    aggregate_id      varchar(255)  not null,
    sequence_number   bigint        not null,
    plan_id           uuid          not null,
    -- Null for the plan's own events.
    action_id         uuid,
    type              varchar(255)  not null,
    recorded          timestamptz   not null,
    actor             text,
    correlation_id    text,
    idempotency_key   text,
    reason            text,
    -- [{field, before, after}], values as the events write them.
    changes           jsonb         not null
);

-- One per filter and history query; each ends in position (or sequence) so the rows come out in order.
create index audit_event_action on audit_event (action_id, sequence_number) where action_id is not null;
create index audit_event_plan on audit_event (plan_id, position);
create index audit_event_actor on audit_event (actor, position);
create index audit_event_type on audit_event (type, position);
create index audit_event_recorded on audit_event (recorded);

-- The little state needed to say what an event changed when the event itself does not carry the "before".
-- Guarded by the aggregate sequence number like every state row. Status is null only if an aggregate's first event
-- is missing from the store; the log then records what it can rather than stop.
create table audit_action_state (
    action_id   uuid         primary key,
    status      varchar(16),
    rag         varchar(8),
    narrative   text,
    as_of       date,
    period      text,
    outcome     varchar(16),
    closed_on   date,
    seq         bigint       not null
);

create table audit_plan_state (
    plan_id  uuid         primary key,
    status   varchar(16),
    seq      bigint       not null
);
