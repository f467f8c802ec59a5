-- The API products of the suite that members apply for, with the seed's "API information" block.
CREATE TABLE api_product (
    code             varchar(40)  PRIMARY KEY,
    name             varchar(200) NOT NULL,
    description      text         NOT NULL,
    api_type         varchar(20)  NOT NULL,
    data_format      varchar(40)  NOT NULL,
    daily_quota      integer      NOT NULL CHECK (daily_quota > 0),
    licence          varchar(100) NOT NULL,
    cost             varchar(100) NOT NULL,
    department       varchar(200) NOT NULL,
    department_phone varchar(40)  NOT NULL,
    registered_on    date         NOT NULL,
    modified_on      date         NOT NULL
);

INSERT INTO api_product VALUES
    ('public-service-catalog', '행정안전부_대한민국 공공서비스 정보',
     '정부24 공공서비스(보조금24) 목록, 상세, 분류 코드, 기관 코드를 제공합니다.',
     'REST', 'XML, JSON, HTML, EXCEL', 1000, '이용허락범위 제한 없음', '무료', '행정안전부 공공서비스정책과', '044-205-0000',
     DATE '2017-01-02', DATE '2017-01-02'),
    ('ev-charger', '전기차 충전소 정보',
     '전기자동차 충전사업자의 충전소 위치, 상태정보 등을 제공합니다.',
     'REST', 'JSON', 500, '이용허락범위 제한 없음', '무료', '충전인프라 운영팀', '1661-0000',
     DATE '2020-12-01', DATE '2020-12-01'),
    ('charging-platform', '충전시설 운영사 연계 API',
     '충전 운영사가 충전소, 충전설비, 충전구, 실시간 상태, 충전기록을 제출합니다.',
     'REST', 'JSON', 500, '이용허락범위 제한 없음', '무료', '충전인프라 운영팀', '1661-0000',
     DATE '2020-12-01', DATE '2020-12-01'),
    ('driver-insurance', '대리운전 보험 조회',
     '대리운전업체가 소속 기사의 대리운전 보험 가입 여부를 실시간으로 조회합니다.',
     'REST', 'JSON', 500, '이용허락범위 제한 없음', '무료', '보험개발원 대리운전보험 조회 담당', '02-368-4000',
     DATE '2020-06-01', DATE '2020-06-01'),
    ('vehicle-info', '자동차종합정보 첨부형 API',
     '차량 소유자의 제3자 정보제공 동의를 받아 차량 기본정보, 제원, 정비·검사 이력을 제공합니다.',
     'REST', 'JSON, XML', 500, '이용허락범위 제한 없음', '무료', '한국교통안전공단 자동차정보처', '054-459-7000',
     DATE '2021-01-01', DATE '2021-01-01');
