-- For RANK with several words: does a text contain any one word of the query (each word still whole: all its pieces)?
-- korean_query('노인 운동') is 노인 & 운동; korean_query_any_word is 노인 | 운동. NULL when nothing is searchable.
CREATE FUNCTION korean_query_any_word(query text) RETURNS tsquery
    IMMUTABLE PARALLEL SAFE LANGUAGE sql AS
$$
SELECT to_tsquery('simple', string_agg('(' || pieces || ')', ' | '))
FROM (SELECT string_agg(CASE WHEN char_length(w) = 1 THEN w || ':*' ELSE substr(w, i, 2) END, ' & ') AS pieces
      FROM regexp_split_to_table(lower(coalesce(query, '')), '[^0-9a-z가-힣]+') WITH ORDINALITY AS t(w, n),
           generate_series(1, greatest(char_length(w) - 1, 1)) AS i
      WHERE w <> ''
      GROUP BY n) AS words
$$;
