// Demo controlled documents: the register (built in issue 15 by the register's owner).
import type { PrismaClient } from "../lib/db";

export async function seedDocuments(_db: PrismaClient): Promise<number> {
  return 0;
}
