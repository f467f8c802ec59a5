-- Members of the portal. Personal data is stored encrypted (AES-GCM, see PersonalDataCipher); the password as bcrypt.
CREATE TABLE member (
    id                 bigserial    PRIMARY KEY,
    login_id           varchar(20)  NOT NULL UNIQUE,
    password_hash      varchar(100) NOT NULL,
    name_enc           text,
    phone_enc          text,
    email_enc          text,
    address_enc        text,
    address_detail_enc text,
    role               varchar(10)  NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'admin')),
    status             varchar(12)  NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'WITHDRAWN')),
    failed_logins      integer      NOT NULL DEFAULT 0,
    locked_until       timestamptz,
    created_at         timestamptz  NOT NULL DEFAULT now(),
    updated_at         timestamptz  NOT NULL DEFAULT now(),
    withdrawn_at       timestamptz
);

-- One application = one API product + access IPs + reason (seed: "Open API 신청하기").
CREATE TABLE key_application (
    id            bigserial     PRIMARY KEY,
    member_id     bigint        NOT NULL REFERENCES member (id),
    product_code  varchar(40)   NOT NULL REFERENCES api_product (code),
    access_ips    text          NOT NULL,
    reason        varchar(1000) NOT NULL,
    status        varchar(12)   NOT NULL CHECK (status IN ('UNDER_REVIEW', 'APPROVED', 'REJECTED')),
    applied_at    timestamptz   NOT NULL,
    decided_at    timestamptz,
    decided_by    bigint        REFERENCES member (id),
    reject_reason varchar(1000)
);
CREATE INDEX key_application_member ON key_application (member_id);
CREATE INDEX key_application_status ON key_application (status, applied_at);

-- Every change to a key takes the next value, under one advisory lock so that values commit in order:
-- the gateway's feed cursor ("changed since") then never skips a change.
CREATE SEQUENCE key_change_seq;

CREATE TABLE service_key (
    id             bigserial   PRIMARY KEY,
    application_id bigint      NOT NULL REFERENCES key_application (id),
    member_id      bigint      NOT NULL REFERENCES member (id),
    product_code   varchar(40) NOT NULL REFERENCES api_product (code),
    key_hash       char(64)    NOT NULL UNIQUE,
    key_enc        text        NOT NULL,
    access_ips     text        NOT NULL,
    daily_quota    integer     NOT NULL CHECK (daily_quota > 0),
    status         varchar(12) NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'REVOKED')),
    issued_on      date        NOT NULL,
    expires_on     date        NOT NULL,
    change_seq     bigint      NOT NULL UNIQUE,
    updated_at     timestamptz NOT NULL
);
CREATE INDEX service_key_member ON service_key (member_id);
CREATE INDEX service_key_application ON service_key (application_id);

-- Calls per key and Korean calendar day, as reported by the gateway.
CREATE TABLE key_usage_daily (
    key_id bigint  NOT NULL REFERENCES service_key (id),
    day    date    NOT NULL,
    calls  integer NOT NULL CHECK (calls >= 0),
    PRIMARY KEY (key_id, day)
);

-- Append-only record of what members and admins did (sign-up, withdrawal, approvals, key changes).
CREATE TABLE audit_event (
    id           bigserial    PRIMARY KEY,
    at           timestamptz  NOT NULL DEFAULT now(),
    actor_id     bigint,
    action       varchar(40)  NOT NULL,
    subject_type varchar(20)  NOT NULL,
    subject_id   bigint       NOT NULL,
    detail       varchar(500)
);
CREATE INDEX audit_event_subject ON audit_event (subject_type, subject_id);
