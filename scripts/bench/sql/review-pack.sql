-- The management-review input pack (ISO 9001:2015 9.3.2) compiled live on the page of a review not
-- yet started (/management-reviews/<id>, lib/management-reviews/input-compile.ts): the review, then
-- every figure and table of the sections with data: (a) RTL of earlier reviews, (c1) satisfaction,
-- (c2/c5) objectives in force of the period's years with their measurements, (c3) checklist answers
-- per SOP, (c4) findings and corrective actions, (c6) audits and programmes, (f) observations.
-- $1 review id, $2 agency id, $3 agency path, $4 period from (date), $5 period to (date), $6 today in WITA (date), $7 now (UTC timestamp)
WITH f AS (
  SELECT x.* FROM "Finding" x JOIN "Unit" u ON u.id = x."unitId" WHERE u.path LIKE $3 || '%'
), fp AS (
  SELECT * FROM f WHERE "raisedAt" >= $4::date AND "raisedAt" < $5::date + 1
), ca AS (
  SELECT c.* FROM "CorrectiveAction" c JOIN "Unit" u ON u.id = c."unitId" WHERE u.path LIKE $3 || '%'
), au AS (
  SELECT x.* FROM "Audit" x JOIN "Unit" u ON u.id = x."agencyId" WHERE u.path LIKE $3 || '%' AND x."startDate" >= $4::date AND x."startDate" < $5::date + 1
), held AS (
  SELECT * FROM au WHERE status IN ('PELAKSANAAN', 'PELAPORAN', 'SELESAI')
), rtl AS (
  SELECT a.* FROM "ManagementReviewAction" a JOIN "ManagementReview" r ON r.id = a."reviewId"
  WHERE r.status = 'DITERBITKAN' AND r."agencyId" = $2 AND r.id <> $1
), sv AS (
  SELECT s.* FROM "SatisfactionSurvey" s JOIN "Unit" u ON u.id = s."unitId" WHERE u.path LIKE $3 || '%' AND s."periodEnd" >= $4::date AND s."periodEnd" <= $5::date
)
SELECT
  (SELECT row_to_json(r) FROM (SELECT id, number, title, status, "periodFrom", "periodTo" FROM "ManagementReview" WHERE id = $1) r) AS review,
  (SELECT json_build_object('total', count(*), 'done', count(*) FILTER (WHERE status = 'SELESAI'), 'open', count(*) FILTER (WHERE status = 'TERBUKA'),
     'overdue', count(*) FILTER (WHERE status = 'TERBUKA' AND "dueDate" < $6::date)) FROM rtl) AS a_figures,
  (SELECT json_agg(x) FROM (SELECT r.number, a.description, p.name, a."dueDate", a.status, a."doneNote" FROM rtl a
     JOIN "ManagementReview" r ON r.id = a."reviewId" JOIN "User" p ON p.id = a."picId" ORDER BY a.status, a."dueDate", a.id LIMIT 50) x) AS a_rows,
  (SELECT json_agg(x) FROM (SELECT s.year, s."periodType", s."periodNo", s.respondents, s.ikm, s.category, s."complaintsReceived", s."complaintsResolved", u.name
     FROM sv s JOIN "Unit" u ON u.id = s."unitId" ORDER BY u.path, s."periodEnd") x) AS c1_rows,
  (SELECT json_build_object('n', count(*), 'ikm', avg(ikm), 'respondents', sum(respondents), 'received', sum("complaintsReceived"), 'resolved', sum("complaintsResolved")) FROM sv) AS c1_totals,
  (SELECT json_object_agg(category, n) FROM (SELECT category, count(*) AS n FROM sv GROUP BY category) x) AS c1_categories,
  (SELECT json_agg(x) FROM (SELECT e.element, avg(e.nrr) AS nrr FROM "SatisfactionElement" e JOIN sv ON sv.id = e."surveyId" GROUP BY e.element ORDER BY e.element) x) AS c1_elements,
  (SELECT json_agg(x) FROM (SELECT o.id, o.year, o.code, o.statement, o.direction, o.target, o."targetLow", o."targetHigh", o."measureUnit", o.frequency,
       o."approvedAt", o."closedAt", u.id AS "unitId", u.name AS "unitName",
       (SELECT json_agg(m) FROM (SELECT period, value, direction, target, "targetLow", "targetHigh" FROM "ObjectiveMeasurement" WHERE "objectiveId" = o.id) m) AS measurements
     FROM "QualityObjective" o JOIN "Unit" u ON u.id = o."unitId"
     WHERE u.path LIKE $3 || '%' AND o.status = 'DISETUJUI' AND o.year BETWEEN extract(year FROM $4::date) AND extract(year FROM $5::date)
     ORDER BY u.name, o.code) x) AS c2_objectives,
  (SELECT count(*) FROM held) AS c3_held,
  (SELECT json_agg(x) FROM (SELECT i."sopId", s.title, s.number, su.name, i.answer, count(*) AS n FROM "ChecklistItem" i JOIN held h ON h.id = i."auditId"
     JOIN "Sop" s ON s.id = i."sopId" JOIN "Unit" su ON su.id = s."unitId"
     WHERE i.answer IS NOT NULL AND i.kind IN ('LANGKAH_SOP', 'PENCATATAN') GROUP BY 1, 2, 3, 4, 5) x) AS c3_answers,
  (SELECT json_build_object('period', count(*), 'mayor', count(*) FILTER (WHERE category = 'KTS_MAYOR'), 'minor', count(*) FILTER (WHERE category = 'KTS_MINOR'),
     'observasi', count(*) FILTER (WHERE category = 'OBSERVASI')) FROM fp) AS c4_period,
  (SELECT json_build_object('open', count(*) FILTER (WHERE status IN ('TERBUKA', 'DISANGGAH', 'DITERIMA')),
     'overdue', count(*) FILTER (WHERE status IN ('TERBUKA', 'DISANGGAH', 'DITERIMA') AND "dueDate" < $7::date)) FROM f) AS c4_now,
  (SELECT json_build_object('opened', count(*) FILTER (WHERE "createdAt" >= $4::date AND "createdAt" < $5::date + 1),
     'running', count(*) FILTER (WHERE status NOT IN ('DITUTUP', 'TIDAK_EFEKTIF')),
     'overdue', count(*) FILTER (WHERE status NOT IN ('DITUTUP', 'TIDAK_EFEKTIF') AND ("dueDate" < $6::date OR (status IN ('TERBUKA', 'RENCANA_DIAJUKAN', 'RENCANA_DISETUJUI')
        AND EXISTS (SELECT 1 FROM "CorrectiveActionItem" i WHERE i."correctiveActionId" = ca.id AND i.status = 'BELUM' AND i."dueDate" < $6::date)))),
     'ineffective', count(*) FILTER (WHERE status = 'TIDAK_EFEKTIF' AND "createdAt" >= $4::date AND "createdAt" < $5::date + 1)) FROM ca) AS c4_cas,
  (SELECT json_agg(x) FROM (SELECT category, status, count(*) AS n FROM fp GROUP BY 1, 2) x) AS c4_by_status,
  (SELECT json_agg(x) FROM (SELECT to_char(date_trunc('month', "raisedAt"), 'YYYY-MM') AS month, category, count(*) AS n FROM fp GROUP BY 1, 2 ORDER BY 1) x) AS c4_trend,
  (SELECT json_build_object('planned', count(*) FILTER (WHERE status <> 'DIBATALKAN'), 'held', count(*) FILTER (WHERE status IN ('PELAKSANAAN', 'PELAPORAN', 'SELESAI')),
     'finished', count(*) FILTER (WHERE status = 'SELESAI')) FROM au) AS c6_figures,
  (SELECT json_agg(x) FROM (SELECT p.id, p.year, p.status,
       (SELECT count(*) FROM "AuditRound" r WHERE r."programmeId" = p.id) AS rounds,
       (SELECT count(*) FROM "AuditRound" r WHERE r."programmeId" = p.id AND EXISTS (SELECT 1 FROM "Audit" x WHERE x."roundId" = r.id AND x.status IN ('PELAKSANAAN', 'PELAPORAN', 'SELESAI'))) AS held,
       (SELECT count(*) FROM "Audit" x WHERE x."programmeId" = p.id AND x.status <> 'DIBATALKAN') AS audits,
       (SELECT count(*) FROM "Audit" x WHERE x."programmeId" = p.id AND x.status IN ('PELAKSANAAN', 'PELAPORAN', 'SELESAI')) AS audits_held
     FROM "AuditProgramme" p WHERE p."agencyId" = $2 AND p.status <> 'DIBATALKAN'
       AND p.year BETWEEN extract(year FROM $4::date) AND extract(year FROM $5::date) ORDER BY p.year DESC) x) AS c6_programmes,
  (SELECT json_agg(x) FROM (SELECT h.id, h.number, h.title, h."startDate", h.status,
       (SELECT json_object_agg(category, n) FROM (SELECT category, count(*) AS n FROM "Finding" WHERE "auditId" = h.id GROUP BY category) c) AS findings
     FROM held h ORDER BY h."startDate", h.number) x) AS c6_audits,
  (SELECT json_build_object('total', count(*), 'open', count(*) FILTER (WHERE status IN ('TERBUKA', 'DISANGGAH', 'DITERIMA'))) FROM fp WHERE category = 'OBSERVASI') AS f_figures,
  (SELECT json_agg(x) FROM (SELECT fp.number, fp.statement, fp.status, fp."clauseCode", u.name FROM fp JOIN "Unit" u ON u.id = fp."unitId"
     WHERE fp.category = 'OBSERVASI' ORDER BY fp."raisedAt" DESC, fp.number DESC LIMIT 50) x) AS f_rows
