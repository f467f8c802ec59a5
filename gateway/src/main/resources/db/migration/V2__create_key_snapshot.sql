-- The gateway's last copy of the key feed, read at start when key-issuance-service cannot be reached (a restart
-- during its outage keeps serving known keys). What the checks need, never a key's value: its SHA-256 only.
CREATE TABLE key_snapshot (
    key_id      varchar(64) PRIMARY KEY,
    key_hash    varchar(128) NOT NULL,
    product     varchar(64)  NOT NULL,
    member_id   varchar(64)  NOT NULL,
    status      varchar(16)  NOT NULL,
    issued_on   date,
    expires_on  date         NOT NULL,
    access_ips  text[]       NOT NULL,
    daily_quota integer      NOT NULL
);

-- Where in the feed that copy stands: the next read asks for the changes since this cursor.
CREATE TABLE key_feed_cursor (
    id       smallint    PRIMARY KEY CHECK (id = 1),
    cursor   varchar(64) NOT NULL,
    saved_at timestamptz NOT NULL
);
