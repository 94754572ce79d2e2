// Distribution of controlled copies and the wajib-baca list (owned by the distribution work).
// The register's effective step calls `carryDistribution` in its transaction.
import type { Tx } from "../db";

export interface DistributionActor {
  id: string;
  name: string;
}

/**
 * A new revision took effect: withdraw the open copies of the previous one (with a record) and give
 * the same recipients a copy of the new one, each on the wajib-baca list again.
 */
export async function carryDistribution(
  _tx: Tx,
  _input: { documentId: string; fromRevisionId: string | null; toRevisionId: string; actor: DistributionActor; now: Date },
): Promise<number> {
  return 0;
}

/** Withdraw every open copy of a document (withdrawn from use, destroyed). Returns how many. */
export async function withdrawAllCopies(
  _tx: Tx,
  _input: { documentId: string; note: string; actor: DistributionActor; now: Date },
): Promise<number> {
  return 0;
}
