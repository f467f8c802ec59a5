-- statUpdDt of the public API is the time the status last changed (not of the last report that repeated it), and
-- `period` selects on it. A silent connector is asked for its status (cellStatusQuery) at most once per silence
-- window: status_queried_at remembers when.
ALTER TABLE cell_status ADD COLUMN status_changed_at timestamp NOT NULL DEFAULT '1970-01-01';
UPDATE cell_status SET status_changed_at = status_time;
ALTER TABLE cell_status ADD COLUMN status_queried_at timestamptz;
CREATE INDEX cell_status_by_change ON cell_status (status_changed_at);
CREATE INDEX cell_status_by_receipt ON cell_status (received_at);

-- Requests for a connector's process data (from platform staff or a safety warning), and what operators pushed.
CREATE TABLE process_data_request (
    request_id    bigserial     PRIMARY KEY,
    operator_id   varchar(32)   NOT NULL,
    cell_id       varchar(64)   NOT NULL,
    reason        varchar(10)   NOT NULL CHECK (reason IN ('STAFF', 'SAFETY')),
    warning_id    bigint,
    requested_by  varchar(100),
    requested_at  timestamptz   NOT NULL DEFAULT now(),
    FOREIGN KEY (operator_id, cell_id) REFERENCES cell (operator_id, cell_id) ON DELETE CASCADE
);
CREATE INDEX process_data_request_by_cell ON process_data_request (operator_id, cell_id, request_id DESC);

CREATE TABLE process_data (
    operator_id   varchar(32)   NOT NULL,
    cell_id       varchar(64)   NOT NULL,
    time          timestamp     NOT NULL,
    current       numeric(8, 1),
    voltage       numeric(8, 1),
    soc           numeric(5, 1),
    power         numeric(8, 1),
    temperature   numeric(6, 1),
    received_at   timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (operator_id, cell_id, time),
    FOREIGN KEY (operator_id, cell_id) REFERENCES cell (operator_id, cell_id) ON DELETE CASCADE
);
