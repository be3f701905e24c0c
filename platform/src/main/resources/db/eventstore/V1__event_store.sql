-- The event store both services share. Axon's JDBC engine reads and writes these tables through the
-- EventSchema in EventStoreConfiguration; the column names here and there change together.

create table domain_event_entry (
    -- A plain sequence: Axon orders the whole stream by it and detects gaps left by concurrent transactions.
    global_index          bigserial    primary key,
    event_identifier      varchar(255) not null unique,
    aggregate_identifier  varchar(255) not null,
    sequence_number       bigint       not null,
    type                  varchar(255),
    time_stamp            varchar(255) not null,
    payload_type          varchar(255) not null,
    payload_revision      varchar(255),
    payload               bytea        not null,
    meta_data             bytea,
    -- Optimistic concurrency: the second writer of a sequence number gets 23505, which Axon reports as a
    -- ConcurrencyException.
    constraint domain_event_entry_aggregate_sequence unique (aggregate_identifier, sequence_number)
);

create table snapshot_event_entry (
    aggregate_identifier  varchar(255) not null,
    sequence_number       bigint       not null,
    type                  varchar(255) not null,
    event_identifier      varchar(255) not null unique,
    time_stamp            varchar(255) not null,
    payload_type          varchar(255) not null,
    payload_revision      varchar(255),
    payload               bytea        not null,
    meta_data             bytea,
    primary key (aggregate_identifier, sequence_number)
);

-- Wakes the query side the moment a transaction that appended events commits (PostgreSQL delivers a
-- notification only on commit), so projections do not wait for their next poll.
create function notify_events_appended() returns trigger language plpgsql as $$
begin
    perform pg_notify('plantrail_events', '');
    return null;
end
$$;

create trigger events_appended
    after insert on domain_event_entry
    for each statement execute function notify_events_appended();
