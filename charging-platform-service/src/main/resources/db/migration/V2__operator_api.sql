-- The operator API: credentials, the operator's network (stations, equipment, connectors), connectors' real-time
-- status and charging records.

-- busiId: the operator's two-letter code in Korea's charger data (ME, EV, ...), the first part of every statId.
ALTER TABLE operator ADD COLUMN busi_id char(2) UNIQUE;
-- The HMAC secret: the platform must read it to verify signatures, so it is encrypted (AES-GCM), not hashed.
ALTER TABLE operator ADD COLUMN secret_enc text;
ALTER TABLE operator ADD COLUMN secret_rotated_at timestamptz;
-- SEED signs datetime, operator and token (the seed's string); STRICT adds method, path and a digest of the body.
ALTER TABLE operator ADD COLUMN signature_mode varchar(6) NOT NULL DEFAULT 'SEED' CHECK (signature_mode IN ('SEED', 'STRICT'));

CREATE TABLE operator_token (
    token_hash   char(64)     PRIMARY KEY,
    operator_id  varchar(32)  NOT NULL REFERENCES operator (operator_id),
    issued_at    timestamptz  NOT NULL,
    expires_at   timestamptz  NOT NULL
);
CREATE INDEX operator_token_expiry ON operator_token (expires_at);

CREATE TABLE station (
    operator_id     varchar(32)   NOT NULL REFERENCES operator (operator_id),
    station_id      varchar(64)   NOT NULL,
    stat_id         char(8)       NOT NULL UNIQUE,
    station_name    varchar(100)  NOT NULL,
    address         varchar(200)  NOT NULL,
    area_code       char(5)       NOT NULL,
    station_lat     double precision NOT NULL,
    station_lng     double precision NOT NULL,
    busine_hours    varchar(100),
    station_type    smallint      NOT NULL,
    station_status  smallint      NOT NULL,
    park_free       char(1),
    service_tel     varchar(40),
    remark          varchar(500),
    limit_yn        char(1),
    limit_detail    varchar(200),
    updated_at      timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (operator_id, station_id)
);
CREATE INDEX station_by_area ON station (area_code);

CREATE TABLE equipment (
    operator_id        varchar(32)  NOT NULL,
    equipment_id       varchar(64)  NOT NULL,
    station_id         varchar(64)  NOT NULL,
    equipment_name     varchar(100),
    manufacturer_name  varchar(100),
    equipment_model    varchar(100),
    production_date    date,
    equipment_type     smallint     NOT NULL,
    power              numeric(8, 1) NOT NULL,
    updated_at         timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (operator_id, equipment_id),
    FOREIGN KEY (operator_id, station_id) REFERENCES station (operator_id, station_id)
);
CREATE INDEX equipment_by_station ON equipment (operator_id, station_id);

CREATE TABLE cell (
    operator_id                varchar(32)  NOT NULL,
    cell_id                    varchar(64)  NOT NULL,
    equipment_id               varchar(64)  NOT NULL,
    station_id                 varchar(64)  NOT NULL,
    chger_id                   char(2)      NOT NULL,
    cell_type                  smallint     NOT NULL,
    cell_standard              varchar(100) NOT NULL,
    rated_voltage_upper_limit  numeric(7, 1) NOT NULL,
    rated_voltage_lower_limit  numeric(7, 1) NOT NULL,
    rated_current              numeric(7, 1) NOT NULL,
    rated_power                numeric(7, 1) NOT NULL,
    electricity_fee            varchar(200) NOT NULL,
    service_fee                varchar(200) NOT NULL,
    fire_control               smallint     NOT NULL,
    smoke_sensation            smallint     NOT NULL,
    updated_at                 timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (operator_id, cell_id),
    FOREIGN KEY (operator_id, equipment_id) REFERENCES equipment (operator_id, equipment_id),
    UNIQUE (operator_id, station_id, chger_id)
);
CREATE INDEX cell_by_equipment ON cell (operator_id, equipment_id);

-- A connector's latest status (one row per connector, created with the connector): ordered by the operator's
-- statusTime, so an older report never overwrites a newer one.
CREATE TABLE cell_status (
    operator_id        varchar(32)   NOT NULL,
    cell_id            varchar(64)   NOT NULL,
    status             smallint      NOT NULL DEFAULT 0,
    status_time        timestamp     NOT NULL DEFAULT '1970-01-01',
    current            numeric(8, 1),
    voltage            numeric(8, 1),
    soc                numeric(5, 1),
    temperature        numeric(6, 1),
    charge_started_at  timestamp,
    charge_ended_at    timestamp,
    received_at        timestamptz,
    PRIMARY KEY (operator_id, cell_id),
    FOREIGN KEY (operator_id, cell_id) REFERENCES cell (operator_id, cell_id) ON DELETE CASCADE
);

-- Charging records: immutable, one per startChargeSeq of an operator.
CREATE TABLE charge_record (
    operator_id          varchar(32)   NOT NULL,
    start_charge_seq     varchar(64)   NOT NULL,
    cell_id              varchar(64)   NOT NULL,
    start_time           timestamp     NOT NULL,
    end_time             timestamp     NOT NULL,
    total_power          numeric(10, 3) NOT NULL,
    total_elec_money     numeric(12, 2) NOT NULL,
    total_service_money  numeric(12, 2) NOT NULL,
    total_money          numeric(12, 2) NOT NULL,
    stop_reason          smallint,
    charge_details       text,
    content_hash         char(64)      NOT NULL,
    received_at          timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (operator_id, start_charge_seq)
);
CREATE INDEX charge_record_by_time ON charge_record (operator_id, start_time);

-- statId = busiId + 6 base-36 characters of this sequence: stable, never reused.
CREATE SEQUENCE stat_id_seq;

-- 0-9A-Z digits of a non-negative number.
CREATE FUNCTION to_base36(n bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    WITH RECURSIVE d(rest, digits) AS (
        SELECT n / 36, substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', (n % 36)::int + 1, 1)
        UNION ALL
        SELECT rest / 36, substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', (rest % 36)::int + 1, 1) || digits FROM d WHERE rest > 0
    )
    SELECT digits FROM d WHERE rest = 0
$$;
