// The ISO 9001:2015 clause library, the same rows seeds/iso-clauses.ts writes.
import type { PoolClient } from "pg";
import { ISO_CLAUSES } from "../../../seeds/iso-clauses";
import { insertRows } from "./context";

export async function seedIsoClauseRows(client: PoolClient): Promise<void> {
  await insertRows(client, "IsoClause", ["code", "title", "mainCode", "questions", "position"],
    ISO_CLAUSES.map((c, position) => [c.code, c.title, c.code.split(".")[0], [...c.questions], position]));
}
