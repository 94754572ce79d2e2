-- The leadership dashboard of one agency (/dashboard as its PIMPINAN) in one statement: the figures
-- of lib/dashboards/leadership-data.ts (objectives, open findings by category and age, overdue
-- findings and corrective actions, this year's programmes, SOPs due for review, open RTL, IKM
-- trend, the unit filter), the approval queue candidates and the user's unread documents.
-- $1 agency path, $2 year, $3 now (UTC timestamp), $4 today (UTC date), $5 today in WITA (date), $6 user id
WITH scope AS (SELECT id, name, path FROM "Unit" WHERE path LIKE $1 || '%'),
obj AS (
  SELECT o.* FROM "QualityObjective" o JOIN scope u ON u.id = o."unitId" WHERE o.year = $2
),
measured AS (
  SELECT count(*) AS measured, count(*) FILTER (WHERE CASE m.direction::text
      WHEN 'MINIMAL' THEN m.target IS NOT NULL AND m.value >= m.target - 1e-9
      WHEN 'MAKSIMAL' THEN m.target IS NOT NULL AND m.value <= m.target + 1e-9
      WHEN 'TEPAT' THEN m.target IS NOT NULL AND abs(m.value - m.target) <= 1e-9 * greatest(1, abs(m.target))
      ELSE m."targetLow" IS NOT NULL AND m."targetHigh" IS NOT NULL AND m.value >= m."targetLow" - 1e-9 AND m.value <= m."targetHigh" + 1e-9
    END) AS achieved
  FROM "ObjectiveMeasurement" m JOIN obj o ON o.id = m."objectiveId" WHERE o.status = 'DISETUJUI'
),
periods AS (
  SELECT o.id, o."approvedAt", o."closedAt", g.period,
    make_date(o.year, 1, 1) + make_interval(months => (g.period - 1) * (12 / n.n)) AS "start",
    make_date(o.year, 1, 1) + make_interval(months => g.period * (12 / n.n)) - interval '1 day' AS "end"
  FROM obj o
  CROSS JOIN LATERAL (SELECT CASE o.frequency::text WHEN 'BULANAN' THEN 12 WHEN 'TRIWULANAN' THEN 4 WHEN 'SEMESTERAN' THEN 2 ELSE 1 END AS n) n
  CROSS JOIN LATERAL generate_series(1, n.n) AS g(period)
  WHERE o.status = 'DISETUJUI' AND o."approvedAt" IS NOT NULL
),
late AS (
  SELECT count(*) AS late FROM periods p
  WHERE p."start" <= $3::timestamp AND p."end" + interval '1 day' - interval '1 millisecond' >= p."approvedAt"
    AND (p."closedAt" IS NULL OR p."start" <= p."closedAt")
    AND $3::timestamp >= p."end" + make_interval(days => 11)
    AND NOT EXISTS (SELECT 1 FROM "ObjectiveMeasurement" m WHERE m."objectiveId" = p.id AND m.period = p.period)
),
findings AS (
  SELECT
    count(*) FILTER (WHERE f.category = 'KTS_MAYOR') AS mayor,
    count(*) FILTER (WHERE f.category = 'KTS_MINOR') AS minor,
    count(*) FILTER (WHERE f.category = 'OBSERVASI') AS observasi,
    count(*) FILTER (WHERE f."raisedAt" >= $3::timestamp - interval '31 days') AS age0,
    count(*) FILTER (WHERE f."raisedAt" >= $3::timestamp - interval '61 days' AND f."raisedAt" < $3::timestamp - interval '31 days') AS age31,
    count(*) FILTER (WHERE f."raisedAt" >= $3::timestamp - interval '91 days' AND f."raisedAt" < $3::timestamp - interval '61 days') AS age61,
    count(*) FILTER (WHERE f."raisedAt" < $3::timestamp - interval '91 days') AS age91,
    count(*) FILTER (WHERE f."dueDate" < $4::date) AS overdue
  FROM "Finding" f JOIN scope u ON u.id = f."unitId"
  WHERE f.status IN ('TERBUKA', 'DISANGGAH', 'DITERIMA')
),
cas AS (
  SELECT count(*) AS overdue FROM "CorrectiveAction" c JOIN scope u ON u.id = c."unitId"
  WHERE c.status NOT IN ('DITUTUP', 'TIDAK_EFEKTIF')
    AND (c."dueDate" < $5::date OR (c.status IN ('TERBUKA', 'RENCANA_DIAJUKAN', 'RENCANA_DISETUJUI')
      AND EXISTS (SELECT 1 FROM "CorrectiveActionItem" i WHERE i."correctiveActionId" = c.id AND i.status = 'BELUM' AND i."dueDate" < $5::date)))
),
programmes AS (
  SELECT p.id, p.year, a.name AS agency,
    (SELECT count(*) FROM "AuditRound" r WHERE r."programmeId" = p.id) AS rounds,
    (SELECT count(*) FROM "AuditRound" r WHERE r."programmeId" = p.id
       AND EXISTS (SELECT 1 FROM "Audit" x WHERE x."roundId" = r.id AND x.status IN ('PELAKSANAAN', 'PELAPORAN', 'SELESAI'))) AS held,
    (SELECT count(*) FROM "Audit" x WHERE x."programmeId" = p.id AND x.status <> 'DIBATALKAN') AS audits,
    (SELECT count(*) FROM "Audit" x WHERE x."programmeId" = p.id AND x.status IN ('PELAKSANAAN', 'PELAPORAN', 'SELESAI')) AS audits_held
  FROM "AuditProgramme" p JOIN "Unit" a ON a.id = p."agencyId"
  WHERE p.year = $2 AND p.status <> 'DIBATALKAN' AND (a.path LIKE $1 || '%' OR p."agencyId" = ANY (string_to_array(trim(both '/' from $1), '/')))
)
SELECT
  (SELECT row_to_json(ms) FROM measured ms) AS achieved,
  (SELECT json_object_agg(status, n) FROM (SELECT status, count(*) AS n FROM obj GROUP BY status) s) AS status_counts,
  (SELECT late FROM late) AS late,
  (SELECT row_to_json(fs) FROM findings fs) AS findings,
  (SELECT overdue FROM cas) AS overdue_cas,
  (SELECT json_agg(programmes ORDER BY year DESC, agency) FROM programmes) AS programmes,
  (SELECT count(*) FROM "Sop" s JOIN scope u ON u.id = s."unitId" JOIN "ControlledDocument" d ON d."sopId" = s.id
     WHERE s.active AND d."nextReviewAt" <= $4::date) AS sops_due,
  (SELECT json_build_object('open', count(*), 'overdue', count(*) FILTER (WHERE a."dueDate" < $5::date))
     FROM "ManagementReviewAction" a JOIN scope u ON u.id = a."unitId" JOIN "ManagementReview" r ON r.id = a."reviewId"
     WHERE a.status = 'TERBUKA' AND r.status = 'DITERBITKAN') AS rtl,
  (SELECT json_agg(t) FROM (SELECT s.year, avg(s.ikm) AS ikm, count(*) AS surveys FROM "SatisfactionSurvey" s JOIN scope u ON u.id = s."unitId"
     WHERE s.year BETWEEN $2 - 2 AND $2 GROUP BY s.year) t) AS ikm,
  (SELECT json_agg(x) FROM (SELECT u.id, u.name, u.path FROM "Unit" u WHERE u.active AND u.path LIKE $1 || '%' ORDER BY u.path LIMIT 500) x) AS units,
  (SELECT json_agg(q) FROM (
     SELECT o.id, o.code, o.statement, o."submittedAt", u.name FROM "QualityObjective" o JOIN scope u ON u.id = o."unitId" WHERE o.status = 'DIAJUKAN'
     UNION ALL
     SELECT r.id, o.code, o.statement, r."submittedAt", u.name FROM "ObjectiveRevision" r JOIN "QualityObjective" o ON o.id = r."objectiveId" JOIN scope u ON u.id = o."unitId" WHERE r.status = 'DIAJUKAN'
     UNION ALL
     SELECT p.id, '', '', p."submittedAt", u.name FROM "QualityPolicy" p JOIN scope u ON u.id = p."agencyId" WHERE p.status = 'DIAJUKAN') q) AS approvals,
  (SELECT json_build_object('total', count(*), 'items', (SELECT json_agg(k) FROM (
     SELECT k."documentId", d.code, d.title, k."assignedAt" FROM "DocumentAcknowledgment" k
       JOIN "DocumentRevision" v ON v.id = k."revisionId" JOIN "ControlledDocument" d ON d.id = k."documentId"
     WHERE k."userId" = $6 AND k."acknowledgedAt" IS NULL AND v.status = 'BERLAKU' AND d.status = 'AKTIF'
     ORDER BY k."assignedAt", k.id LIMIT 5) k))
   FROM "DocumentAcknowledgment" k JOIN "DocumentRevision" v ON v.id = k."revisionId" JOIN "ControlledDocument" d ON d.id = k."documentId"
   WHERE k."userId" = $6 AND k."acknowledgedAt" IS NULL AND v.status = 'BERLAKU' AND d.status = 'AKTIF') AS unread
