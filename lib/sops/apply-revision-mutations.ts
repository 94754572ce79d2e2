// Brings an approved SOP content into force in the catalogue: a new SopRevision and the Sop's
// summary columns (owned by the SOP/document-control work; called by lib/documents when a PROSEDUR
// revision linked to an SOP takes effect, in that transaction).
import type { Tx } from "../db";
import type { SopContent } from "./content";

export async function applySopRevision(
  _tx: Tx,
  _input: { sopId: string; content: SopContent; reason: string; actor: { id: string | null; name: string } },
): Promise<{ revisionNo: number }> {
  throw new Error("applySopRevision is not built yet");
}
