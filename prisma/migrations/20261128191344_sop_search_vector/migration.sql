-- The SOP search vector is stored (a generated column) and indexed, so a search no longer runs
-- to_tsvector over every SOP's text. schema.prisma declares it as Unsupported("tsvector") with the
-- generation expression as its dbgenerated default, which is how Prisma reads the column back.
ALTER TABLE "Sop" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('indonesian'::regconfig, "searchText")) STORED;

-- CreateIndex
CREATE INDEX "Sop_searchVector_idx" ON "Sop" USING GIN ("searchVector");
