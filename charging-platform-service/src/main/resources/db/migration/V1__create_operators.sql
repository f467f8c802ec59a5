-- Charge-point operators (运营商) that push their stations, connectors, status and records.
CREATE TABLE operator (
    operator_id   varchar(32)  PRIMARY KEY,
    name          varchar(200) NOT NULL,
    service_phone varchar(40),
    created_at    timestamptz  NOT NULL DEFAULT now()
);
