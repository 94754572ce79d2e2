-- An SOP page with its flowchart (/sops/<id>) as it loads: the SOP with its unit, revisions,
-- related SOPs both ways and its document's pending revision (getSop in lib/sops/data.ts), the
-- revision in force with its content (the steps the flowchart draws), its agency, the objectives
-- and audits that name it and its findings (the page's lists), inside the reader's scope.
-- $1 SOP id, $2 reader's scope path
SELECT s.id, s.number, s.title, s.active, s.version, s."currentRevisionNo", s."totalMinutes", s."unknownTimeSteps",
  u.id AS "unitId", u.name AS "unitName", u.path,
  (SELECT json_agg(r ORDER BY r."revisionNo" DESC) FROM (SELECT "revisionNo", "createdAt", "createdBy", source, "sourceName", reason
     FROM "SopRevision" WHERE "sopId" = s.id) r) AS revisions,
  (SELECT json_build_object('content', r.content, 'warnings', r.warnings) FROM "SopRevision" r
     WHERE r."sopId" = s.id AND r."revisionNo" = s."currentRevisionNo") AS shown,
  (SELECT json_agg(l ORDER BY l.position) FROM (SELECT k.position, k.name, t.id, t.title, tu.name AS unit FROM "SopLink" k
     LEFT JOIN "Sop" t ON t.id = k."toId" LEFT JOIN "Unit" tu ON tu.id = t."unitId" WHERE k."fromId" = s.id) l) AS links,
  (SELECT json_agg(b) FROM (SELECT f.id, f.title, fu.name AS unit FROM "SopLink" k JOIN "Sop" f ON f.id = k."fromId"
     JOIN "Unit" fu ON fu.id = f."unitId" WHERE k."toId" = s.id AND f.active) b) AS backlinks,
  (SELECT json_build_object('id', d.id, 'code', d.code, 'nextReviewAt', d."nextReviewAt", 'pending', (SELECT json_agg(v) FROM (
       SELECT v.id, v."revisionNo", v.status, v.version, v."changeReason", v."requestedBy", v."createdAt", v."sopContent"
       FROM "DocumentRevision" v WHERE v."documentId" = d.id AND v.status IN ('DRAF', 'DIAJUKAN', 'DIPERIKSA', 'DIKEMBALIKAN', 'DISAHKAN')) v))
     FROM "ControlledDocument" d WHERE d."sopId" = s.id) AS document,
  (SELECT row_to_json(a) FROM (SELECT a.id, a.name, a.path FROM "Unit" a
     WHERE a.type = 'PERANGKAT_DAERAH' AND u.path LIKE a.path || '%' ORDER BY length(a.path) DESC LIMIT 1) a) AS agency,
  (SELECT json_agg(o ORDER BY o.year DESC, o.code) FROM (SELECT o.id, o.code, o.year, o.statement, o.status FROM "QualityObjective" o
     JOIN "ObjectiveSop" os ON os."objectiveId" = o.id JOIN "Unit" ou ON ou.id = o."unitId"
     WHERE os."sopId" = s.id AND ou.path LIKE $2 || '%') o) AS objectives,
  (SELECT json_agg(x ORDER BY x."startDate" DESC) FROM (SELECT x.id, x.number, x.title, x.status, x."startDate", x."endDate",
       (SELECT json_object_agg(c, n) FROM (SELECT f.category AS c, count(*) AS n FROM "Finding" f WHERE f."auditId" = x.id AND f."sopId" = s.id GROUP BY f.category) fc) AS findings
     FROM "Audit" x JOIN "AuditSop" xs ON xs."auditId" = x.id JOIN "Unit" xa ON xa.id = x."agencyId"
     WHERE xs."sopId" = s.id AND xa.path LIKE $2 || '%') x) AS audits,
  (SELECT json_agg(f) FROM (SELECT f.id, f.number, f.category, f.status, f.source, f.statement, f."clauseCode", f."raisedAt", f."dueDate",
       fu.name AS "unitName", x.number AS "auditNumber"
     FROM "Finding" f JOIN "Unit" fu ON fu.id = f."unitId" LEFT JOIN "Audit" x ON x.id = f."auditId"
     WHERE f."sopId" = s.id AND fu.path LIKE $2 || '%' ORDER BY f."raisedAt" DESC, f.number DESC, f.id LIMIT 200) f) AS findings
FROM "Sop" s JOIN "Unit" u ON u.id = s."unitId"
WHERE s.id = $1
