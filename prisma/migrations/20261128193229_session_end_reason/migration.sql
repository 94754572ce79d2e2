-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sessionEndReason" TEXT;
