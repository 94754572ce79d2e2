-- CreateEnum
CREATE TYPE "RevisionStatus" AS ENUM ('DRAF', 'DIAJUKAN', 'DIKEMBALIKAN', 'DISETUJUI', 'DIBATALKAN');

-- AlterEnum
ALTER TYPE "PolicyStatus" ADD VALUE 'DIBATALKAN';

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'PEMANTAU';

-- AlterTable
ALTER TABLE "ObjectiveRevision" ADD COLUMN     "approvedAt" TIMESTAMP(3),
ADD COLUMN     "approvedBy" TEXT,
ADD COLUMN     "approvedById" TEXT,
ADD COLUMN     "lastEditedById" TEXT,
ADD COLUMN     "returnNote" TEXT,
ADD COLUMN     "status" "RevisionStatus" NOT NULL DEFAULT 'DISETUJUI',
ADD COLUMN     "submittedAt" TIMESTAMP(3),
ADD COLUMN     "submittedById" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "QualityObjective" ADD COLUMN     "lastEditedById" TEXT,
ADD COLUMN     "submittedById" TEXT;

-- AlterTable
ALTER TABLE "QualityPolicy" ADD COLUMN     "lastEditedById" TEXT,
ADD COLUMN     "submittedById" TEXT;

-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "selfApprovalAllowed" BOOLEAN NOT NULL DEFAULT false;

-- One revision model: the objective's columns hold the definition in force, ObjectiveRevision
-- holds every approved definition (history) and at most one pending draft.

-- (1) A pending revision of the old model (an approved objective sent back to DRAF/DIAJUKAN/
-- DIKEMBALIKAN with its new definition in the columns) becomes a pending draft row, and the
-- columns get back the definition in force, kept in the previous revision's row.
CREATE TEMP TABLE "_pending_revision" ON COMMIT DROP AS
SELECT o.*, prev."definition" AS "inForce", prev."reason" AS "revisionReason"
FROM "QualityObjective" o
JOIN "ObjectiveRevision" prev ON prev."objectiveId" = o."id" AND prev."revisionNo" = o."revisionNo" - 1
WHERE o."approvedAt" IS NOT NULL AND o."revisionNo" > 1 AND o."status" IN ('DRAF', 'DIAJUKAN', 'DIKEMBALIKAN');

INSERT INTO "ObjectiveRevision" ("id", "objectiveId", "revisionNo", "definition", "reason", "status", "returnNote", "submittedAt", "createdById", "createdAt", "updatedAt")
SELECT 'rev_' || p."id" || '_' || p."revisionNo", p."id", p."revisionNo",
  jsonb_build_object(
    'unitId', p."unitId", 'year', p."year", 'code', p."code", 'statement', p."statement", 'perspective', p."perspective",
    'indicator', p."indicator", 'formula', p."formula", 'measureUnit', p."measureUnit", 'direction', p."direction",
    'target', p."target", 'targetLow', p."targetLow", 'targetHigh', p."targetHigh", 'baseline', p."baseline",
    'frequency', p."frequency", 'ownerId', p."ownerId", 'dataSource', p."dataSource", 'processes', p."processes",
    'policyId', p."policyId", 'commitmentNo', p."commitmentNo",
    'sopIds', COALESCE((SELECT jsonb_agg(s."sopId") FROM "ObjectiveSop" s WHERE s."objectiveId" = p."id"), '[]'::jsonb)),
  p."revisionReason", p."status"::text::"RevisionStatus", p."returnNote", p."submittedAt", p."createdById", now(), now()
FROM "_pending_revision" p;

UPDATE "QualityObjective" o SET
  "statement" = d->>'statement', "perspective" = (d->>'perspective')::"Perspective", "indicator" = d->>'indicator',
  "formula" = d->>'formula', "measureUnit" = d->>'measureUnit', "direction" = (d->>'direction')::"TargetDirection",
  "target" = (d->>'target')::double precision, "targetLow" = (d->>'targetLow')::double precision,
  "targetHigh" = (d->>'targetHigh')::double precision, "baseline" = (d->>'baseline')::double precision,
  "frequency" = (d->>'frequency')::"MeasurementFrequency", "ownerId" = d->>'ownerId', "dataSource" = d->>'dataSource',
  "processes" = d->>'processes', "policyId" = d->>'policyId', "commitmentNo" = (d->>'commitmentNo')::integer,
  "revisionNo" = o."revisionNo" - 1, "status" = 'DISETUJUI', "returnNote" = NULL, "version" = o."version" + 1
FROM (SELECT "id", "inForce" AS d FROM "_pending_revision") p
WHERE o."id" = p."id";

DELETE FROM "ObjectiveSop" s USING "_pending_revision" p WHERE s."objectiveId" = p."id";
INSERT INTO "ObjectiveSop" ("objectiveId", "sopId")
SELECT DISTINCT p."id", sop.value
FROM "_pending_revision" p, jsonb_array_elements_text(COALESCE(p."inForce"->'sopIds', '[]'::jsonb)) AS sop(value)
WHERE EXISTS (SELECT 1 FROM "Sop" x WHERE x."id" = sop.value);

-- (2) Every approved objective keeps the definition in force as a history row too.
INSERT INTO "ObjectiveRevision" ("id", "objectiveId", "revisionNo", "definition", "reason", "status", "approvedAt", "approvedById", "approvedBy", "createdById", "createdAt", "updatedAt")
SELECT 'rev_' || o."id" || '_' || o."revisionNo", o."id", o."revisionNo",
  jsonb_build_object(
    'unitId', o."unitId", 'year', o."year", 'code', o."code", 'statement', o."statement", 'perspective', o."perspective",
    'indicator', o."indicator", 'formula', o."formula", 'measureUnit', o."measureUnit", 'direction', o."direction",
    'target', o."target", 'targetLow', o."targetLow", 'targetHigh', o."targetHigh", 'baseline', o."baseline",
    'frequency', o."frequency", 'ownerId', o."ownerId", 'dataSource', o."dataSource", 'processes', o."processes",
    'policyId', o."policyId", 'commitmentNo', o."commitmentNo",
    'sopIds', COALESCE((SELECT jsonb_agg(s."sopId") FROM "ObjectiveSop" s WHERE s."objectiveId" = o."id"), '[]'::jsonb)),
  CASE WHEN o."revisionNo" = 1 THEN 'Definisi awal' ELSE 'Definisi yang berlaku' END,
  'DISETUJUI', o."approvedAt", o."approvedById", o."approvedBy", o."createdById", COALESCE(o."approvedAt", now()), now()
FROM "QualityObjective" o
WHERE o."approvedAt" IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM "ObjectiveRevision" r WHERE r."objectiveId" = o."id" AND r."revisionNo" = o."revisionNo");

-- At most one pending draft per objective and per agency's kebijakan mutu, and one policy in force.
CREATE UNIQUE INDEX "ObjectiveRevision_one_pending" ON "ObjectiveRevision" ("objectiveId") WHERE "status" IN ('DRAF', 'DIAJUKAN', 'DIKEMBALIKAN');
CREATE UNIQUE INDEX "QualityPolicy_one_pending" ON "QualityPolicy" ("agencyId") WHERE "status" IN ('DRAF', 'DIAJUKAN', 'DIKEMBALIKAN');
CREATE UNIQUE INDEX "QualityPolicy_one_in_force" ON "QualityPolicy" ("agencyId") WHERE "status" = 'DISETUJUI';
