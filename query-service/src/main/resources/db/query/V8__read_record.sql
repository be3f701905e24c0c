-- Who read the audit log and evidence trails, what and when (issue 5). Not events: reading changes no plan, and
-- the record must hold even for reads of the events themselves. Only ever inserted; never part of a projection,
-- so a replay leaves it alone.
create table read_record (
    id         bigserial   primary key,
    read_at    timestamptz not null,
    actor      text        not null,
    what       text        not null,
    subject    text        not null,
    format     text        not null
);
create index read_record_read_at on read_record (read_at);
