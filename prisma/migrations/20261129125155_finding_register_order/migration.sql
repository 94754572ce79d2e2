-- CreateIndex
CREATE INDEX "Finding_raisedAt_number_id_idx" ON "Finding"("raisedAt" DESC, "number" DESC, "id");
