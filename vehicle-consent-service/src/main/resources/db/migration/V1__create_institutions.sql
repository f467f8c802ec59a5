-- Institutions registered by TS to send vehicle owners to the consent pages (seed step 1: insttCode).
CREATE TABLE institution (
    instt_code varchar(20)  PRIMARY KEY,
    name       varchar(200) NOT NULL,
    site_url   varchar(500) NOT NULL,
    created_at timestamptz  NOT NULL DEFAULT now()
);
