-- Safety warnings raised from connectors' reports: one open warning per connector and kind while the condition
-- lasts (cleared_at null); a new one after it clears.
CREATE TABLE safety_warning (
    warning_id   bigserial     PRIMARY KEY,
    operator_id  varchar(32)   NOT NULL,
    cell_id      varchar(64)   NOT NULL,
    type         varchar(24)   NOT NULL,
    level        varchar(8)    NOT NULL,
    raised_at    timestamp     NOT NULL,
    cleared_at   timestamp,
    detail       varchar(300)  NOT NULL
);
CREATE UNIQUE INDEX safety_warning_open ON safety_warning (operator_id, cell_id, type) WHERE cleared_at IS NULL;
CREATE INDEX safety_warning_by_time ON safety_warning (operator_id, raised_at);
