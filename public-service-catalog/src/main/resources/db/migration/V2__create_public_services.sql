-- The Gov24 public-service catalogue: categories, organisations, services, view counts, and Korean search.

-- 가나다 order for SORT_TTL and organisation lists (ICU puts Hangul before Latin, as Korean readers expect).
CREATE COLLATION IF NOT EXISTS korean (provider = icu, locale = 'ko-KR');

-- Service categories (공공서비스 분류): 대분류 XX0000 > 중분류 XXYY00 > 소분류 XXYYZZ.
CREATE TABLE service_category (
    code        varchar(6)   PRIMARY KEY,
    name        varchar(100) NOT NULL,
    level       smallint     NOT NULL CHECK (level BETWEEN 1 AND 3),
    parent_code varchar(6)   REFERENCES service_category (code),
    CHECK ((level = 1) = (parent_code IS NULL))
);
CREATE INDEX service_category_by_parent ON service_category (parent_code, code);

-- Organisations (기관 코드). Under BA0303 (시군구) the provinces have no parent and the districts name theirs.
CREATE TABLE organisation (
    code        varchar(7)   PRIMARY KEY,
    name        varchar(100) NOT NULL,
    class_code  varchar(6)   NOT NULL REFERENCES org_class (code),
    parent_code varchar(7)   REFERENCES organisation (code)
);
CREATE INDEX organisation_by_class_and_parent ON organisation (class_code, parent_code);

-- Korean search without a morphological analyser: every word is cut into overlapping two-syllable pieces
-- ("건강검진" -> 건강 강검 검진), which a GIN index finds quickly even for two-syllable queries such as 노인
-- (trigrams cannot). A one-syllable word is its own piece.
CREATE FUNCTION korean_bigrams(doc text) RETURNS text
    IMMUTABLE PARALLEL SAFE LANGUAGE sql AS
$$
SELECT coalesce(string_agg(CASE WHEN char_length(w) = 1 THEN w ELSE substr(w, i, 2) END, ' ' ORDER BY n, i), '')
FROM regexp_split_to_table(lower(coalesce(doc, '')), '[^0-9a-z가-힣]+') WITH ORDINALITY AS t(w, n),
     generate_series(1, greatest(char_length(w) - 1, 1)) AS i
WHERE w <> ''
$$;

-- The pieces of a text as a position-free tsvector: GIN answers "contains all these pieces" exactly, without
-- reading the row back.
CREATE FUNCTION korean_terms(doc text) RETURNS tsvector
    IMMUTABLE PARALLEL SAFE LANGUAGE sql AS
$$
SELECT strip(to_tsvector('simple', korean_bigrams(doc)))
$$;

-- A query matches when every piece of every word is present; a one-syllable word matches the pieces it starts
-- (약 -> 약:*). NULL when the query has no letters or digits to look for.
CREATE FUNCTION korean_query(query text) RETURNS tsquery
    IMMUTABLE PARALLEL SAFE LANGUAGE sql AS
$$
SELECT to_tsquery('simple', string_agg(CASE WHEN char_length(w) = 1 THEN w || ':*' ELSE substr(w, i, 2) END, ' & '))
FROM regexp_split_to_table(lower(coalesce(query, '')), '[^0-9a-z가-힣]+') AS w,
     generate_series(1, greatest(char_length(w) - 1, 1)) AS i
WHERE w <> ''
$$;

-- Public services (공공서비스): what the list and detail APIs return. Column names follow the wire elements; papers
-- and laws are small ordered lists read only with their service, so they live in the row.
CREATE TABLE public_service (
    svc_id              varchar(12) PRIMARY KEY,
    svc_nm              text        NOT NULL,
    jrsd_org_code       varchar(7),
    jrsd_dpt_all_nm     text        NOT NULL DEFAULT '',
    svc_edit_dt         date        NOT NULL,
    svc_ppo             text        NOT NULL DEFAULT '',
    sport_fr            text        NOT NULL DEFAULT '',
    svc_cts             text        NOT NULL DEFAULT '',
    slctn_stdr          text        NOT NULL DEFAULT '',
    dup_imprty_svc      text        NOT NULL DEFAULT '',
    sport_tg            text        NOT NULL DEFAULT '',
    reqst_process_pd    text        NOT NULL DEFAULT '',
    reqst_procss        text        NOT NULL DEFAULT '',
    poses_papers        text        NOT NULL DEFAULT '',
    onln_reqst_site_url text        NOT NULL DEFAULT '',
    rcv_org_nm          text        NOT NULL DEFAULT '',
    rcv_org_tel_no      text        NOT NULL DEFAULT '',
    refrnc_nm           text        NOT NULL DEFAULT '',
    refrnc_tel_no       text        NOT NULL DEFAULT '',
    refrnc_site_url     text        NOT NULL DEFAULT '',
    svc_info_url        text        NOT NULL DEFAULT '',
    svc_info_kr_url     text        NOT NULL DEFAULT '',
    keywords            text        NOT NULL DEFAULT '',
    lrg_ast_cd          varchar(6),
    mdm_ast_cd          varchar(6),
    small_ast_cd        varchar(6),
    reqst_papers        jsonb       NOT NULL DEFAULT '[]',
    laws                jsonb       NOT NULL DEFAULT '[]',
    updated_at          timestamptz NOT NULL DEFAULT now()
);

-- What the list API filters, searches and sorts on, one narrow row per service so that a search reads neither
-- the long texts nor the papers. Kept in step with public_service by the trigger below, whatever writes it.
-- terms: name, keywords, purpose, target, content, selection criteria and procedure (what srhQuery searches);
-- name_terms and keyword_terms rank the matches for RANK.
CREATE TABLE service_search (
    svc_id          varchar(12) PRIMARY KEY REFERENCES public_service (svc_id) ON DELETE CASCADE,
    svc_nm          text        NOT NULL,
    svc_edit_dt     date        NOT NULL,
    jrsd_org_code   varchar(7),
    jrsd_dpt_all_nm text        NOT NULL,
    lrg_ast_cd      varchar(6),
    mdm_ast_cd      varchar(6),
    small_ast_cd    varchar(6),
    terms           tsvector    NOT NULL,
    name_terms      tsvector    NOT NULL,
    keyword_terms   tsvector    NOT NULL
);
CREATE INDEX service_search_terms ON service_search USING gin (terms);
CREATE INDEX service_search_by_category ON service_search (lrg_ast_cd, mdm_ast_cd, small_ast_cd);
CREATE INDEX service_search_by_org ON service_search (jrsd_org_code);
CREATE INDEX service_search_by_date ON service_search (svc_edit_dt DESC, svc_id);
CREATE INDEX service_search_by_name ON service_search ((svc_nm COLLATE korean), svc_id);

-- Views counted by the detail API, apart from everything else so that counting rewrites only a tiny row.
CREATE TABLE service_view_count (
    svc_id varchar(12) PRIMARY KEY REFERENCES public_service (svc_id) ON DELETE CASCADE,
    vw_cnt bigint      NOT NULL DEFAULT 0
);
CREATE INDEX service_view_count_by_count ON service_view_count (vw_cnt DESC, svc_id);

CREATE FUNCTION index_public_service() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO service_search (svc_id, svc_nm, svc_edit_dt, jrsd_org_code, jrsd_dpt_all_nm, lrg_ast_cd, mdm_ast_cd,
                                small_ast_cd, terms, name_terms, keyword_terms)
    VALUES (NEW.svc_id, NEW.svc_nm, NEW.svc_edit_dt, NEW.jrsd_org_code, NEW.jrsd_dpt_all_nm, NEW.lrg_ast_cd,
            NEW.mdm_ast_cd, NEW.small_ast_cd,
            korean_terms(concat_ws(' ', NEW.svc_nm, NEW.keywords, NEW.svc_ppo, NEW.sport_tg, NEW.svc_cts,
                                   NEW.slctn_stdr, NEW.reqst_procss)),
            korean_terms(NEW.svc_nm), korean_terms(NEW.keywords))
    ON CONFLICT (svc_id) DO UPDATE SET
        svc_nm = EXCLUDED.svc_nm, svc_edit_dt = EXCLUDED.svc_edit_dt, jrsd_org_code = EXCLUDED.jrsd_org_code,
        jrsd_dpt_all_nm = EXCLUDED.jrsd_dpt_all_nm, lrg_ast_cd = EXCLUDED.lrg_ast_cd,
        mdm_ast_cd = EXCLUDED.mdm_ast_cd, small_ast_cd = EXCLUDED.small_ast_cd, terms = EXCLUDED.terms,
        name_terms = EXCLUDED.name_terms, keyword_terms = EXCLUDED.keyword_terms;
    INSERT INTO service_view_count (svc_id) VALUES (NEW.svc_id) ON CONFLICT (svc_id) DO NOTHING;
    RETURN NULL;
END
$$;

CREATE TRIGGER public_service_indexed AFTER INSERT OR UPDATE ON public_service
    FOR EACH ROW EXECUTE FUNCTION index_public_service();
