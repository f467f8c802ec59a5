-- The designated-driver insurance protocol: client secrets, one-time tokens, drivers and their consent, the
-- insurer feed, and the bizSeqNo ledger. registerNo and phone are never stored in clear: *_enc columns hold
-- AES-GCM ciphertext (common's PersonalDataCipher) and *_index columns a keyed blind index (PersonalDataIndex).

-- clientSecurity: only its SHA-256 (it is 36 random characters; a fast hash is enough, as for service keys).
ALTER TABLE client ADD COLUMN security_hash char(64);
ALTER TABLE client ADD COLUMN security_rotated_at timestamptz;

-- One-time access tokens: the SHA-256 of the token, the client and business code it was issued for.
CREATE TABLE access_token (
    token_hash    char(64)    PRIMARY KEY,
    client_key    varchar(36) NOT NULL REFERENCES client (client_key),
    req_biz_code  char(2)     NOT NULL,
    biz_seq_no    varchar(20) NOT NULL,
    issued_at     timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL,
    used_at       timestamptz
);
CREATE INDEX access_token_expiry ON access_token (expires_at);

-- Drivers registered by a client for one driving company (bizCode); consent is to that company.
CREATE TABLE driver (
    driver_id            bigserial    PRIMARY KEY,
    client_key           varchar(36)  NOT NULL REFERENCES client (client_key),
    biz_code             varchar(10)  NOT NULL,
    biz_name             varchar(200),
    driver_name          varchar(20)  NOT NULL,
    register_no_enc      text         NOT NULL,
    phone_enc            text         NOT NULL,
    -- name|registerNo|phone: the person a row of insDriver, delDriver or findInsurance names
    person_index         char(64)     NOT NULL,
    register_no_index    char(64)     NOT NULL,
    birth_index          char(64)     NOT NULL,
    phone_index          char(64)     NOT NULL,
    registered_at        timestamptz  NOT NULL,
    agree_yn             char(1)      NOT NULL DEFAULT 'M' CHECK (agree_yn IN ('M', 'Y', 'C')),
    agree_date           timestamptz,
    -- the driver's personal consent link: its SHA-256 finds the driver, its ciphertext lets staff list it
    consent_token_hash   char(64)     NOT NULL UNIQUE,
    consent_token_enc    text         NOT NULL,
    UNIQUE (client_key, biz_code, person_index)
);
CREATE INDEX driver_by_company ON driver (client_key, biz_code, registered_at DESC);
CREATE INDEX driver_by_person ON driver (person_index);

-- What happened to drivers, kept after delDriver erases them: only the blind index of the person.
CREATE TABLE driver_audit (
    audit_id      bigserial    PRIMARY KEY,
    client_key    varchar(36)  NOT NULL,
    biz_code      varchar(10)  NOT NULL,
    person_index  char(64)     NOT NULL,
    action        varchar(12)  NOT NULL,
    biz_seq_no    varchar(20),
    at            timestamptz  NOT NULL DEFAULT now()
);

-- The insurer feed: one row per policy, upserted by insuranceNo; found by the person's blind index.
CREATE TABLE policy (
    insurance_no     varchar(16)  PRIMARY KEY,
    person_index     char(64)     NOT NULL,
    driver_name_enc  text         NOT NULL,
    register_no_enc  text         NOT NULL,
    phone_enc        text         NOT NULL,
    from_at          timestamptz  NOT NULL,
    to_at            timestamptz  NOT NULL,
    people           varchar(1)   NOT NULL,
    peo_amt          varchar(5)   NOT NULL,
    goods_amt        varchar(5)   NOT NULL,
    car_percent      varchar(3)   NOT NULL,
    per_low          varchar(3)   NOT NULL,
    per_high         varchar(3)   NOT NULL,
    dead_amt         varchar(5)   NOT NULL,
    inj_amt          varchar(5)   NOT NULL,
    dis_amt          varchar(5)   NOT NULL,
    my_car_amt       varchar(5)   NOT NULL,
    comp_cd          varchar(2)   NOT NULL,
    comp_name        varchar(50)  NOT NULL,
    -- keyed hash of every field: an identical record is left alone and counted unchanged
    content_hash     char(64)     NOT NULL,
    updated_at       timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX policy_by_person ON policy (person_index, from_at);

-- bizSeqNo ledger: a client's insDriver or delDriver with a bizSeqNo already used for that call is answered
-- with the first answer (encrypted: it names drivers), never carried out twice.
CREATE TABLE biz_transaction (
    client_key    varchar(36)  NOT NULL,
    req_biz_code  char(2)      NOT NULL,
    biz_seq_no    varchar(20)  NOT NULL,
    request_hash  char(64)     NOT NULL,
    answer_enc    text,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (client_key, req_biz_code, biz_seq_no)
);
