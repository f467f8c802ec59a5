-- Calls served per service key and Korean calendar day: the durable side of the default quota store.
CREATE TABLE quota_counter (
    key_id     varchar(64) NOT NULL,
    day        date        NOT NULL,
    calls      integer     NOT NULL CHECK (calls >= 0),
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (key_id, day)
);
