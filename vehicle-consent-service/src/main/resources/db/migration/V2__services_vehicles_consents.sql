-- Institutions: the portal member whose vehicle-info keys may read data, the entry's hash scheme, and the secret
-- both sides hash with (kept encrypted, not hashed: the service must compute the institution's hashValue).
ALTER TABLE institution
    ADD COLUMN member_id   varchar(40),
    ADD COLUMN hash_scheme varchar(10) NOT NULL DEFAULT 'SHA256' CHECK (hash_scheme IN ('SHA256', 'HMAC')),
    ADD COLUMN secret_enc  text;

-- The seed's service codes (svcCodeArr): 32 uppercase hex, each with the item sets the owner consents to.
CREATE TABLE consent_service (
    svc_code   char(32)     PRIMARY KEY,
    instt_code varchar(20)  NOT NULL REFERENCES institution (instt_code),
    name       varchar(200) NOT NULL,
    items      text[]       NOT NULL,
    created_at timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX consent_service_institution ON consent_service (instt_code);

-- The vehicle registry the owner check and the data calls read. Owner data encrypted; the name also as a blind
-- index so that a consent stops applying when the vehicle changes hands.
CREATE TABLE vehicle (
    car_reg_no       varchar(16)  PRIMARY KEY,
    owner_name_enc   text         NOT NULL,
    owner_name_index char(64)     NOT NULL,
    owner_birth_enc  text,
    ownership        varchar(10)  NOT NULL CHECK (ownership IN ('INDIVIDUAL', 'JOINT', 'CORPORATE')),
    car_name         varchar(100) NOT NULL,
    registered_on    date         NOT NULL,
    items            jsonb        NOT NULL,
    updated_at       timestamptz  NOT NULL DEFAULT now()
);

-- Each entry hash starts one flow only; rows older than the timeStamp window can go.
CREATE TABLE entry_hash (
    hash_value char(64)    PRIMARY KEY,
    instt_code varchar(20) NOT NULL,
    used_at    timestamptz NOT NULL DEFAULT now()
);

-- One owner's way through steps 3-7: the server-side session behind the HttpOnly cookie (kept as its SHA-256).
CREATE TABLE consent_flow (
    session_hash     char(64)      PRIMARY KEY,
    csrf_token       varchar(64)   NOT NULL,
    version          int           NOT NULL DEFAULT 0,
    instt_code       varchar(20)   NOT NULL REFERENCES institution (instt_code),
    svc_codes        text[]        NOT NULL,
    fixed            boolean       NOT NULL,
    site_name        varchar(200),
    return_url_a     varchar(1000),
    return_url_d     varchar(1000),
    step             varchar(12)   NOT NULL,
    mobile           boolean       NOT NULL,
    owner_name_enc   text,
    car_reg_no       varchar(16),
    owner_failures   int           NOT NULL DEFAULT 0,
    carrier          varchar(4),
    identity_enc     text,
    challenge_id     varchar(64),
    code_sent_at     timestamptz,
    code_failures    int           NOT NULL DEFAULT 0,
    resends          int           NOT NULL DEFAULT 0,
    owner_identity   char(64),
    created_at       timestamptz   NOT NULL DEFAULT now(),
    expires_at       timestamptz   NOT NULL
);
CREATE INDEX consent_flow_expiry ON consent_flow (expires_at);

-- A consent per service and vehicle; the owner is kept as a keyed hash of the verified identity.
CREATE TABLE consent (
    consent_id          uuid        PRIMARY KEY,
    instt_code          varchar(20) NOT NULL REFERENCES institution (instt_code),
    svc_code            char(32)    NOT NULL REFERENCES consent_service (svc_code),
    car_reg_no          varchar(16) NOT NULL,
    owner_identity      char(64)    NOT NULL,
    owner_name_index    char(64)    NOT NULL,
    items               text[]      NOT NULL,
    status              varchar(10) NOT NULL CHECK (status IN ('GIVEN', 'WITHDRAWN')),
    given_at            timestamptz NOT NULL,
    withdrawn_at        timestamptz,
    withdraw_token_hash char(64)    NOT NULL
);
CREATE UNIQUE INDEX consent_given_once ON consent (svc_code, car_reg_no) WHERE status = 'GIVEN';
CREATE INDEX consent_vehicle ON consent (car_reg_no);
CREATE INDEX consent_institution ON consent (instt_code, given_at DESC);
CREATE INDEX consent_withdraw_token ON consent (withdraw_token_hash);

-- What happened to each consent, by whom and when. Append-only: the database itself refuses changes.
CREATE TABLE consent_audit (
    id         bigserial    PRIMARY KEY,
    consent_id uuid         NOT NULL REFERENCES consent (consent_id),
    action     varchar(10)  NOT NULL CHECK (action IN ('GIVEN', 'WITHDRAWN')),
    actor      varchar(5)   NOT NULL CHECK (actor IN ('OWNER', 'STAFF')),
    staff      varchar(100),
    reason     varchar(500),
    at         timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX consent_audit_consent ON consent_audit (consent_id, id);

CREATE FUNCTION consent_audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'consent_audit is append-only';
END
$$;
CREATE TRIGGER consent_audit_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON consent_audit
    FOR EACH STATEMENT EXECUTE FUNCTION consent_audit_is_append_only();
