-- The evidence trail (see io.plantrail.evidence and the README's "Evidence trails"). The storage engine writes an
-- event's link in the transaction that appends the event; nothing here computes a link, because a trigger would
-- give a forged raw INSERT a valid link too.

create table event_link (
    -- The event's position; no foreign key, so that a link outlives a deleted event and names it.
    global_index          bigint       primary key,
    event_identifier      varchar(255) not null unique,
    aggregate_identifier  varchar(255) not null,
    sequence_number       bigint       not null,
    -- Copies of what the event held when it was appended, so a check can say which field was changed.
    type                  varchar(255),
    time_stamp            varchar(255) not null,
    payload_type          varchar(255) not null,
    payload_revision      varchar(255),
    payload_sha256        bytea        not null,
    meta_data_sha256      bytea,
    -- The link of the aggregate's previous event (null at sequence 0), and this event's link over all of the above.
    previous_link         bytea,
    link                  bytea        not null,
    constraint event_link_aggregate_sequence unique (aggregate_identifier, sequence_number)
);

-- The one-off linking of the events appended before links existed (migration V3). After it, an event without a
-- link is a finding, never linked later: that would launder a forged insert.
create table event_link_backfill (
    linked_at       timestamptz not null,
    events          bigint      not null,
    up_to_position  bigint
);

-- Signed checkpoints: the Merkle root over the links of every linked event up to a position. Made by the query
-- service, which alone holds the signing key.
create table evidence_checkpoint (
    global_index  bigint       primary key,
    events        bigint       not null,
    root          varchar(64)  not null,
    created       varchar(40)  not null,
    key_id        varchar(16),
    signature     varchar(128)
);
