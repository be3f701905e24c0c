-- What the command side's cross-aggregate rules read (does the plan exist and is it open, does the aim exist,
-- is the ref free). Written from the command side's own events in the same transaction as the append.

create table plan_lookup (
    plan_id  uuid        primary key,
    status   varchar(16) not null
);

create table aim_lookup (
    plan_id  uuid    not null references plan_lookup (plan_id),
    number   integer not null,
    primary key (plan_id, number)
);

create table action_lookup (
    action_id  uuid         primary key,
    plan_id    uuid         not null references plan_lookup (plan_id),
    ref        varchar(32)  not null,
    -- Also settles two concurrent AddActions with the same ref: the second transaction fails here.
    constraint action_lookup_ref_unique unique (plan_id, ref)
);
