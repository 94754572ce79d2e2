-- CreateEnum
CREATE TYPE "SurveyPeriodType" AS ENUM ('TAHUNAN', 'SEMESTER', 'TRIWULAN');

-- CreateEnum
CREATE TYPE "SurveyEntryMode" AS ENUM ('NRR', 'RESPONDEN');

-- CreateEnum
CREATE TYPE "IkmCategory" AS ENUM ('A', 'B', 'C', 'D');

-- CreateTable
CREATE TABLE "SatisfactionSurvey" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "periodType" "SurveyPeriodType" NOT NULL,
    "periodNo" INTEGER NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "entryMode" "SurveyEntryMode" NOT NULL,
    "respondents" INTEGER NOT NULL,
    "ikm" DECIMAL(5,2) NOT NULL,
    "category" "IkmCategory" NOT NULL,
    "complaintsReceived" INTEGER NOT NULL DEFAULT 0,
    "complaintsResolved" INTEGER NOT NULL DEFAULT 0,
    "note" TEXT,
    "createdById" TEXT,
    "lastEditedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SatisfactionSurvey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SatisfactionElement" (
    "surveyId" TEXT NOT NULL,
    "element" INTEGER NOT NULL,
    "nrr" DECIMAL(6,4) NOT NULL,
    "count1" INTEGER,
    "count2" INTEGER,
    "count3" INTEGER,
    "count4" INTEGER,

    CONSTRAINT "SatisfactionElement_pkey" PRIMARY KEY ("surveyId","element")
);

-- CreateIndex
CREATE INDEX "SatisfactionSurvey_periodEnd_idx" ON "SatisfactionSurvey"("periodEnd");

-- CreateIndex
CREATE UNIQUE INDEX "SatisfactionSurvey_unitId_year_periodType_periodNo_key" ON "SatisfactionSurvey"("unitId", "year", "periodType", "periodNo");

-- AddForeignKey
ALTER TABLE "SatisfactionSurvey" ADD CONSTRAINT "SatisfactionSurvey_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SatisfactionElement" ADD CONSTRAINT "SatisfactionElement_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "SatisfactionSurvey"("id") ON DELETE CASCADE ON UPDATE CASCADE;
