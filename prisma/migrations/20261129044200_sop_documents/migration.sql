-- Every SOP of the catalogue is a PROSEDUR controlled document (lib/sops/document-link-mutations.ts
-- does the same for new SOPs): an upgraded installation gets its register filled here. The content
-- stays in the catalogue: one register row per SOP revision (the current one BERLAKU, older ones
-- KADALUARSA), without text or sopContent. SOPs already linked are left alone.

-- Each SOP's agency: the nearest Perangkat Daerah at or above its unit (else the unit itself).
CREATE TEMP TABLE "_sop_doc" AS
SELECT
  s.id AS "sopId",
  s."unitId",
  s.title,
  NULLIF(btrim(COALESCE(s.number, '')), '') AS number,
  s."currentRevisionNo",
  s."createdAt",
  COALESCE(
    (SELECT a.id FROM "Unit" a WHERE u.path LIKE a.path || '%' AND a.type = 'PERANGKAT_DAERAH' ORDER BY a.depth DESC LIMIT 1),
    u.id
  ) AS "agencyId",
  (SELECT min(r."createdAt") FROM "SopRevision" r WHERE r."sopId" = s.id) AS "firstAt",
  (SELECT r."createdAt" FROM "SopRevision" r WHERE r."sopId" = s.id AND r."revisionNo" = s."currentRevisionNo") AS "currentAt"
FROM "Sop" s
JOIN "Unit" u ON u.id = s."unitId"
WHERE NOT EXISTS (SELECT 1 FROM "ControlledDocument" d WHERE d."sopId" = s.id)
  AND EXISTS (SELECT 1 FROM "SopRevision" r WHERE r."sopId" = s.id AND r."revisionNo" = s."currentRevisionNo");

-- The code: the SOP number when no other SOP of the agency carries it and no document took it,
-- else "SOP/<agency short name>/<nnn>" numbered after any such code already in the register.
ALTER TABLE "_sop_doc" ADD COLUMN code TEXT;
UPDATE "_sop_doc" t SET code = t.number
WHERE t.number IS NOT NULL
  AND (SELECT count(*) FROM "_sop_doc" o WHERE o."agencyId" = t."agencyId" AND o.number = t.number) = 1
  AND NOT EXISTS (
    SELECT 1 FROM "Sop" o JOIN "Unit" ou ON ou.id = o."unitId" JOIN "Unit" a ON a.id = t."agencyId"
    WHERE o.id <> t."sopId" AND btrim(o.number) = t.number AND ou.path LIKE a.path || '%'
  )
  AND NOT EXISTS (SELECT 1 FROM "ControlledDocument" d WHERE d."agencyId" = t."agencyId" AND d.code = t.number);

WITH numbered AS (
  SELECT
    t."sopId",
    'SOP/' || COALESCE(a."shortName", a.name) || '/' AS prefix,
    row_number() OVER (PARTITION BY t."agencyId" ORDER BY t."createdAt", t."sopId") AS n
  FROM "_sop_doc" t JOIN "Unit" a ON a.id = t."agencyId"
  WHERE t.code IS NULL
)
UPDATE "_sop_doc" t
SET code = numbered.prefix || lpad((numbered.n + (
  SELECT count(*) FROM "ControlledDocument" d WHERE d."agencyId" = t."agencyId" AND d.code LIKE numbered.prefix || '%'
))::text, 3, '0')
FROM numbered
WHERE numbered."sopId" = t."sopId";

INSERT INTO "ControlledDocument" (
  id, "agencyId", "unitId", type, code, title, access, "sopId",
  "retentionActiveYears", "retentionInactiveYears", "finalDisposition", "reviewIntervalMonths",
  status, "currentRevisionNo", "firstEffectiveAt", "nextReviewAt", version, "createdAt", "updatedAt"
)
SELECT
  'sopdoc_' || t."sopId", t."agencyId", t."unitId", 'PROSEDUR', t.code, t.title, 'BEBAS', t."sopId",
  -- TYPE_DEFAULTS.PROSEDUR (lib/documents/constants.ts)
  5, 5, 'PERMANEN', 24,
  'AKTIF', t."currentRevisionNo", t."firstAt"::date, (t."currentAt"::date + INTERVAL '24 months')::date, 1, t."createdAt", CURRENT_TIMESTAMP
FROM "_sop_doc" t;

INSERT INTO "DocumentRevision" (
  id, "documentId", "revisionNo", status, "changeReason", "requestedBy",
  "effectiveDate", "effectiveAt", "obsoleteAt", version, "createdAt", "updatedAt"
)
SELECT
  'sopdocrev_' || r.id,
  'sopdoc_' || r."sopId",
  r."revisionNo",
  (CASE WHEN r."revisionNo" = t."currentRevisionNo" THEN 'BERLAKU' ELSE 'KADALUARSA' END)::"DocumentRevisionStatus",
  left(COALESCE(
    r.reason,
    CASE WHEN r.source = 'import' THEN COALESCE('Impor dari ' || r."sourceName", 'Impor SOP AP') ELSE 'Revisi SOP AP' END
  ), 1000),
  r."createdBy",
  r."createdAt"::date,
  r."createdAt",
  CASE WHEN r."revisionNo" = t."currentRevisionNo" THEN NULL
       ELSE lead(r."createdAt") OVER (PARTITION BY r."sopId" ORDER BY r."revisionNo") END,
  1,
  r."createdAt",
  CURRENT_TIMESTAMP
FROM "SopRevision" r
JOIN "_sop_doc" t ON t."sopId" = r."sopId"
WHERE r."revisionNo" <= t."currentRevisionNo";

DROP TABLE "_sop_doc";
