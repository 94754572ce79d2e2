-- AlterTable
ALTER TABLE "QualityObjective" ADD COLUMN     "valueMax" DOUBLE PRECISION,
ADD COLUMN     "valueMin" DOUBLE PRECISION;
