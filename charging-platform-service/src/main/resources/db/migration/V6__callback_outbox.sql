-- Calls to operators' callbacks: written in the same step as what caused them, so none is lost to a restart, and
-- sent by the dispatcher with retries; every attempt is recorded.
CREATE TABLE callback_outbox (
    call_id          bigserial     PRIMARY KEY,
    operator_id      varchar(32)   NOT NULL,
    type             varchar(20)   NOT NULL,
    payload          text          NOT NULL,
    created_at       timestamptz   NOT NULL DEFAULT now(),
    next_attempt_at  timestamptz   NOT NULL DEFAULT now(),
    attempts         int           NOT NULL DEFAULT 0,
    done_at          timestamptz,
    outcome          varchar(20)
);
CREATE INDEX callback_outbox_due ON callback_outbox (next_attempt_at) WHERE done_at IS NULL;

CREATE TABLE callback_attempt (
    attempt_id   bigserial     PRIMARY KEY,
    call_id      bigint        NOT NULL,
    operator_id  varchar(32)   NOT NULL,
    type         varchar(20)   NOT NULL,
    url          varchar(2000),
    at           timestamptz   NOT NULL DEFAULT now(),
    http_status  int,
    outcome      varchar(20)   NOT NULL,
    duration_ms  int           NOT NULL
);
CREATE INDEX callback_attempt_by_operator ON callback_attempt (operator_id, attempt_id DESC);
