-- The objectives overview (/objectives/overview?unitId=<agency>&year=<year>) as it loads: the unit
-- and year choices inside the reader's scope (filters-data.ts) and the year's objectives of the
-- unit's subtree with their unit, owner and every measurement (overview-data.ts; the period states,
-- heatmap and shares are computed from these rows).
-- $1 reader's scope path, $2 unit path, $3 year
SELECT
  (SELECT json_agg(u ORDER BY u.path) FROM (SELECT u.id, u.name, u.path FROM "Unit" u WHERE u.path LIKE $1 || '%'
     AND EXISTS (SELECT 1 FROM "QualityObjective" o WHERE o."unitId" = u.id)) u) AS units,
  (SELECT json_agg(a ORDER BY a.name) FROM (SELECT a.id, a.name, a.path FROM "Unit" a WHERE a.type = 'PERANGKAT_DAERAH' AND EXISTS (
     SELECT 1 FROM "QualityObjective" o JOIN "Unit" u ON u.id = o."unitId" WHERE u.path LIKE $1 || '%' AND u.path LIKE a.path || '%')) a) AS agencies,
  (SELECT json_agg(DISTINCT o.year) FROM "QualityObjective" o JOIN "Unit" u ON u.id = o."unitId" WHERE u.path LIKE $1 || '%') AS years,
  (SELECT json_agg(x ORDER BY x."unitName", x.code) FROM (
     SELECT o.id, o.code, o.statement, o.status, o.year, o.frequency, o.perspective, o."approvedAt", o."closedAt",
       u.id AS "unitId", u.name AS "unitName", w.name AS owner,
       (SELECT json_agg(m) FROM (SELECT period, value, direction, target, "targetLow", "targetHigh" FROM "ObjectiveMeasurement" WHERE "objectiveId" = o.id) m) AS measurements
     FROM "QualityObjective" o JOIN "Unit" u ON u.id = o."unitId" JOIN "User" w ON w.id = o."ownerId"
     WHERE u.path LIKE $2 || '%' AND o.year = $3) x) AS objectives
