-- The findings register (/findings with filters, one page) as the page loads it: the filter choices
-- inside the reader's scope (lib/findings/options-data.ts), the count and one page of rows in the
-- register's order (lib/findings/data.ts) and the charts over the same filters (charts-data.ts:
-- Pareto by clause and by SOP, ageing of the open ones, opened and closed in the last 12 months).
-- $1 reader's scope path ('' = portal), $2 raised from (timestamp), $3 source or NULL, $4 category or NULL,
-- $5 offset of the page (rows), $6 now (UTC timestamp)
WITH readable AS (
  SELECT f.* FROM "Finding" f JOIN "Unit" u ON u.id = f."unitId" WHERE u.path LIKE $1 || '%'
),
filtered AS (
  SELECT * FROM readable f
  WHERE f."raisedAt" >= $2::timestamp AND ($3::text IS NULL OR f.source::text = $3) AND ($4::text IS NULL OR f.category::text = $4)
),
months AS (
  SELECT to_char("raisedAt", 'YYYY-MM') AS month, 1 AS opened, 0 AS closed FROM filtered
  UNION ALL SELECT to_char("closedAt", 'YYYY-MM'), 0, 1 FROM filtered WHERE "closedAt" IS NOT NULL
)
SELECT
  (SELECT json_agg(x ORDER BY x.name) FROM (SELECT DISTINCT a.id, a.name FROM readable f JOIN "Unit" a ON a.id = f."agencyId") x) AS agencies,
  (SELECT json_agg(x ORDER BY x.path) FROM (SELECT u.id, u.name, u.path FROM "Unit" u WHERE EXISTS (SELECT 1 FROM readable f WHERE f."unitId" = u.id)) x) AS units,
  (SELECT json_agg(x ORDER BY x."startDate" DESC) FROM (SELECT a.id, a.number, a."startDate" FROM "Audit" a WHERE EXISTS (SELECT 1 FROM readable f WHERE f."auditId" = a.id)) x) AS audits,
  (SELECT json_agg(x ORDER BY x.title) FROM (SELECT s.id, s.title FROM "Sop" s WHERE EXISTS (SELECT 1 FROM readable f WHERE f."sopId" = s.id)) x) AS sops,
  (SELECT json_agg(DISTINCT "clauseCode") FROM readable WHERE "clauseCode" IS NOT NULL) AS clauses,
  (SELECT count(*) FROM filtered) AS total,
  (SELECT json_agg(r) FROM (
     SELECT f.id, f.number, f.category, f.status, f.source, f.statement, f."clauseCode", f."raisedAt", f."dueDate", f."closedAt",
       u.id AS "unitId", u.name AS "unitName", s.title AS "sopTitle", a.number AS "auditNumber"
     FROM filtered f JOIN "Unit" u ON u.id = f."unitId" LEFT JOIN "Sop" s ON s.id = f."sopId" LEFT JOIN "Audit" a ON a.id = f."auditId"
     ORDER BY f."raisedAt" DESC, f.number DESC, f.id LIMIT 20 OFFSET $5) r) AS rows,
  (SELECT json_agg(x) FROM (SELECT "clauseCode", count(*) AS n FROM filtered WHERE "clauseCode" IS NOT NULL
     GROUP BY "clauseCode" ORDER BY n DESC, "clauseCode" LIMIT 10) x) AS by_clause,
  (SELECT json_agg(x) FROM (SELECT s.id, s.title, count(*) AS n FROM filtered f JOIN "Sop" s ON s.id = f."sopId"
     GROUP BY s.id, s.title ORDER BY n DESC, s.id LIMIT 10) x) AS by_sop,
  (SELECT json_build_object(
     '0-30', count(*) FILTER (WHERE "raisedAt" >= $6::timestamp - interval '31 days'),
     '31-60', count(*) FILTER (WHERE "raisedAt" >= $6::timestamp - interval '61 days' AND "raisedAt" < $6::timestamp - interval '31 days'),
     '61-90', count(*) FILTER (WHERE "raisedAt" >= $6::timestamp - interval '91 days' AND "raisedAt" < $6::timestamp - interval '61 days'),
     '>90', count(*) FILTER (WHERE "raisedAt" < $6::timestamp - interval '91 days'))
   FROM filtered WHERE status IN ('TERBUKA', 'DISANGGAH', 'DITERIMA')) AS ageing,
  (SELECT json_agg(x ORDER BY x.month) FROM (SELECT month, sum(opened) AS opened, sum(closed) AS closed FROM months
     GROUP BY month ORDER BY month DESC LIMIT 12) x) AS per_month
