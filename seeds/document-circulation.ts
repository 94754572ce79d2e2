// Demo distribution, read acknowledgments and periodic reviews of controlled documents.
import type { PrismaClient } from "../lib/db";

export async function seedDocumentCirculation(_db: PrismaClient): Promise<number> {
  return 0;
}
