-- The SOP catalogue search (/sops?q=…&agencyId=semua, page 1 by relevance) as lib/sops/data.ts
-- loads it: the filter choices (units with active SOPs and their agencies), the ranked ids, the
-- count, the page's rows with their pending revisions and each shown hit's highlighted excerpt.
-- $1 query text, $2 the query as ILIKE pattern ('%word%'), $3 ts_headline options, $4 page size
WITH q AS (SELECT websearch_to_tsquery('indonesian', $1) AS query),
ranked AS (
  SELECT s.id, row_number() OVER (ORDER BY (s.title ILIKE $2) DESC, ts_rank(s."searchVector", q.query) DESC, s.title) AS rank
  FROM "Sop" s, q
  WHERE s.active AND (s."searchVector" @@ q.query OR s.title ILIKE $2 OR s.number ILIKE $2)
),
page AS (
  SELECT s.id, s.number, s.title, s."stepCount", s."totalMinutes", s."unknownTimeSteps", s."currentRevisionNo", s."updatedAt",
    u.id AS "unitId", u.name AS "unitName", u.path, r.rank
  FROM ranked r JOIN "Sop" s ON s.id = r.id JOIN "Unit" u ON u.id = s."unitId"
  ORDER BY r.rank LIMIT $4
),
units AS (SELECT u.id, u.name, u.path FROM "Unit" u WHERE EXISTS (SELECT 1 FROM "Sop" s WHERE s."unitId" = u.id AND s.active))
SELECT
  (SELECT json_agg(x ORDER BY x.name) FROM units x) AS units,
  (SELECT json_agg(a ORDER BY a.name) FROM (SELECT a.id, a.name, a.path FROM "Unit" a WHERE a.type = 'PERANGKAT_DAERAH'
     AND EXISTS (SELECT 1 FROM units u WHERE u.path LIKE a.path || '%')) a) AS agencies,
  (SELECT count(*) FROM ranked) AS total,
  (SELECT json_agg(x ORDER BY x.rank) FROM (
     SELECT p.*, (SELECT json_agg(v."revisionNo") FROM "ControlledDocument" d JOIN "DocumentRevision" v ON v."documentId" = d.id
         WHERE d."sopId" = p.id AND v.status IN ('DRAF', 'DIAJUKAN', 'DIPERIKSA', 'DIKEMBALIKAN', 'DISAHKAN')) AS pending,
       (SELECT ts_headline('indonesian', s."searchText", q.query, $3) FROM "Sop" s, q WHERE s.id = p.id AND s."searchVector" @@ q.query) AS headline
     FROM page p) x) AS rows
