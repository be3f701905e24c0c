-- Idempotency-Key: the first answer to a key, written in the transaction that appends the command's events, so a
-- retried request can never append twice. Kept for plantrail.idempotency.retention (30 days), then purged.
create table idempotency_key (
    key                   varchar(200) primary key,
    request_hash          char(64)     not null,
    aggregate_identifier  varchar(255) not null,
    version               bigint       not null,
    created_at            timestamptz  not null default now()
);

create index idempotency_key_created_at on idempotency_key (created_at);
