-- Operators' callback addresses (the platform calls them), one per kind, and the address ranges a portal admin
-- lets an operator's callbacks reach although they are not public (refused otherwise: SSRF).
CREATE TABLE operator_callback (
    operator_id  varchar(32)   NOT NULL REFERENCES operator (operator_id),
    type         varchar(20)   NOT NULL CHECK (type IN ('reportFailure', 'cellStatusQuery', 'processData', 'safety')),
    url          varchar(2000) NOT NULL,
    updated_at   timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (operator_id, type)
);
ALTER TABLE operator ADD COLUMN callback_allowlist text[] NOT NULL DEFAULT '{}';
