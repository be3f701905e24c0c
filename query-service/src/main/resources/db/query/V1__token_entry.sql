-- Axon's tracking tokens. A projection's rows and its token commit in one transaction.
create table token_entry (
    processor_name  varchar(255) not null,
    segment         integer      not null,
    token           bytea,
    token_type      varchar(255),
    timestamp       varchar(255),
    owner           varchar(255),
    primary key (processor_name, segment)
);
