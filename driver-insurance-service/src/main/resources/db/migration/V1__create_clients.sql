-- Driving-service companies onboarded by the institute: the clientKey of the seed's getToken call.
CREATE TABLE client (
    client_key    varchar(36)  PRIMARY KEY,
    app_biz_code  varchar(10)  NOT NULL UNIQUE,
    name          varchar(200) NOT NULL,
    created_at    timestamptz  NOT NULL DEFAULT now()
);
