// The pack registry as the tests need it: input-compile.ts is a stub in this branch (the
// review-inputs branch's registry calls compileRtlStatus for section (a) as well), so the tests
// wire section (a) themselves and leave the other sections empty.
import type { PrismaClient, Tx } from "../../../lib/db";
import { INPUT_SECTION_KEYS, type InputContext, type InputPack } from "../../../lib/management-reviews/input-types";
import { compileRtlStatus } from "../../../lib/management-reviews/inputs/rtl-status-data";

export async function compileInputPack(db: Tx | PrismaClient, ctx: InputContext): Promise<InputPack> {
  const pack = Object.fromEntries(INPUT_SECTION_KEYS.map((k) => [k, { figures: [], tables: [], charts: [] }])) as unknown as InputPack;
  pack.a = await compileRtlStatus(db, ctx);
  return pack;
}
