// Demo retention, destruction (Berita Acara Pemusnahan) and archive loans.
import type { PrismaClient } from "../lib/db";

export async function seedDocumentRetention(_db: PrismaClient): Promise<number> {
  return 0;
}
