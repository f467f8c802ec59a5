-- Organisation classes (기관분류) of the Gov24 organisation code API, seeded with the classes of the seed's sample.
CREATE TABLE org_class (
    code       varchar(6)   PRIMARY KEY,
    name       varchar(100) NOT NULL,
    updated_at timestamptz  NOT NULL DEFAULT now()
);

INSERT INTO org_class (code, name) VALUES
    ('BA0301', '중앙행정기관(소속기관 포함)'),
    ('BA0303', '시군구');
