-- The province comparison (/dashboards/province as a province reader): one row per active agency
-- in the reader's scope with the figures of provinceRanking (lib/dashboards/leadership-data.ts):
-- objectives achieved share and late periods, open findings, overdue corrective actions, this
-- year's programme progress, SOPs due for review and open RTL, ranked as the page ranks them.
-- $1 scope path ('' for the whole portal), $2 year, $3 now (UTC timestamp), $4 today (UTC date), $5 today in WITA (date)
SELECT a.id, a.name, f.*
FROM "Unit" a
CROSS JOIN LATERAL (
  SELECT
    (SELECT count(*) FROM "ObjectiveMeasurement" m JOIN "QualityObjective" o ON o.id = m."objectiveId" JOIN "Unit" u ON u.id = o."unitId"
       WHERE u.path LIKE a.path || '%' AND o.year = $2 AND o.status = 'DISETUJUI') AS measured,
    (SELECT count(*) FROM "ObjectiveMeasurement" m JOIN "QualityObjective" o ON o.id = m."objectiveId" JOIN "Unit" u ON u.id = o."unitId"
       WHERE u.path LIKE a.path || '%' AND o.year = $2 AND o.status = 'DISETUJUI' AND CASE m.direction::text
         WHEN 'MINIMAL' THEN m.target IS NOT NULL AND m.value >= m.target - 1e-9
         WHEN 'MAKSIMAL' THEN m.target IS NOT NULL AND m.value <= m.target + 1e-9
         WHEN 'TEPAT' THEN m.target IS NOT NULL AND abs(m.value - m.target) <= 1e-9 * greatest(1, abs(m.target))
         ELSE m."targetLow" IS NOT NULL AND m."targetHigh" IS NOT NULL AND m.value >= m."targetLow" - 1e-9 AND m.value <= m."targetHigh" + 1e-9
       END) AS achieved,
    (SELECT json_object_agg(status, n) FROM (SELECT o.status, count(*) AS n FROM "QualityObjective" o JOIN "Unit" u ON u.id = o."unitId"
       WHERE u.path LIKE a.path || '%' AND o.year = $2 GROUP BY o.status) s) AS status_counts,
    (SELECT count(*) FROM "QualityObjective" o JOIN "Unit" u ON u.id = o."unitId"
       CROSS JOIN LATERAL (SELECT CASE o.frequency::text WHEN 'BULANAN' THEN 12 WHEN 'TRIWULANAN' THEN 4 WHEN 'SEMESTERAN' THEN 2 ELSE 1 END AS n) n
       CROSS JOIN LATERAL generate_series(1, n.n) AS g(period)
       CROSS JOIN LATERAL (SELECT make_date(o.year, 1, 1) + make_interval(months => (g.period - 1) * (12 / n.n)) AS "start",
                                  make_date(o.year, 1, 1) + make_interval(months => g.period * (12 / n.n)) - interval '1 day' AS "end") p
       WHERE u.path LIKE a.path || '%' AND o.year = $2 AND o.status = 'DISETUJUI' AND o."approvedAt" IS NOT NULL
         AND p."start" <= $3::timestamp AND p."end" + interval '1 day' - interval '1 millisecond' >= o."approvedAt"
         AND (o."closedAt" IS NULL OR p."start" <= o."closedAt") AND $3::timestamp >= p."end" + make_interval(days => 11)
         AND NOT EXISTS (SELECT 1 FROM "ObjectiveMeasurement" m WHERE m."objectiveId" = o.id AND m.period = g.period)) AS late,
    (SELECT count(*) FROM "Finding" x JOIN "Unit" u ON u.id = x."unitId"
       WHERE u.path LIKE a.path || '%' AND x.status IN ('TERBUKA', 'DISANGGAH', 'DITERIMA')) AS open_findings,
    (SELECT count(*) FROM "CorrectiveAction" c JOIN "Unit" u ON u.id = c."unitId"
       WHERE u.path LIKE a.path || '%' AND c.status NOT IN ('DITUTUP', 'TIDAK_EFEKTIF')
         AND (c."dueDate" < $5::date OR (c.status IN ('TERBUKA', 'RENCANA_DIAJUKAN', 'RENCANA_DISETUJUI')
           AND EXISTS (SELECT 1 FROM "CorrectiveActionItem" i WHERE i."correctiveActionId" = c.id AND i.status = 'BELUM' AND i."dueDate" < $5::date)))) AS overdue_cas,
    (SELECT json_build_object('rounds', count(*), 'held', count(*) FILTER (WHERE EXISTS (
         SELECT 1 FROM "Audit" x WHERE x."roundId" = r.id AND x.status IN ('PELAKSANAAN', 'PELAPORAN', 'SELESAI'))))
       FROM "AuditProgramme" p JOIN "Unit" pa ON pa.id = p."agencyId" JOIN "AuditRound" r ON r."programmeId" = p.id
       WHERE p.year = $2 AND p.status <> 'DIBATALKAN' AND (pa.path LIKE a.path || '%' OR p."agencyId" = ANY (string_to_array(trim(both '/' from a.path), '/')))) AS programme,
    (SELECT count(*) FROM "Sop" s JOIN "Unit" u ON u.id = s."unitId" JOIN "ControlledDocument" d ON d."sopId" = s.id
       WHERE u.path LIKE a.path || '%' AND s.active AND d."nextReviewAt" <= $4::date) AS sops_due,
    (SELECT count(*) FROM "ManagementReviewAction" x JOIN "Unit" u ON u.id = x."unitId" JOIN "ManagementReview" r ON r.id = x."reviewId"
       WHERE u.path LIKE a.path || '%' AND x.status = 'TERBUKA' AND r.status = 'DITERBITKAN') AS open_rtl
) f
WHERE a.type = 'PERANGKAT_DAERAH' AND a.active AND a.path LIKE $1 || '%'
ORDER BY CASE WHEN f.measured = 0 THEN -1 ELSE f.achieved::float / f.measured END DESC, f.open_findings, a.name
