-- Query-service instances that are alive, so each can tell whether it holds more than its share of segments.
create table query_instance (
    node_id  varchar(255) primary key,
    seen     timestamptz  not null
);
