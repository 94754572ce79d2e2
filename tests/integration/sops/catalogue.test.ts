// Reading the SOP catalogue: search through the stored vector with the matching words shown, and
// what a page tells readers about a revision.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { getSop, listSops } from "../../../lib/sops/data";
import { seedDemoData } from "../../../seeds";
import { closeTestDatabase, openTestDatabase } from "../../helpers/database";
import { sessionFor } from "../../helpers/users";

let connection: DatabaseConnection;
beforeAll(async () => {
  connection = await openTestDatabase();
  await seedDemoData(connection.prisma);
}, 300_000);
afterAll(closeTestDatabase);

const PEGAWAI = "pegawai@dinsos.nttprov.go.id";
const MANAJER = "manajer.mutu@dinsos.nttprov.go.id";

describe("searching the catalogue", () => {
  it("stores the search vector in an indexed column the database keeps up to date", async () => {
    const [row] = await connection.sql.query<{ stored: boolean; indexed: boolean }>(
      `SELECT
         bool_and(s."searchVector" = to_tsvector('indonesian', s."searchText")) AS stored,
         EXISTS (SELECT 1 FROM pg_indexes WHERE tablename = 'Sop' AND indexdef ILIKE '%gin%searchVector%') AS indexed
       FROM "Sop" s`,
    );
    expect(row).toEqual({ stored: true, indexed: true });
  });

  it("shows why a hit matched: bansos in the text of Kelompok Usaha Bersama", async () => {
    const reader = await sessionFor(connection.prisma, PEGAWAI);
    const result = await listSops(reader, { q: "bansos", page: 1 });
    const kube = result.rows.find((r) => r.title.startsWith("Kelompok Usaha Bersama"));
    expect(kube).toBeDefined();
    const hits = kube!.snippet!.filter((p) => p.hit).map((p) => p.text.toLowerCase());
    expect(hits).toContain("bansos");
    expect(kube!.snippet!.map((p) => p.text).join("")).toMatch(/penerima bansos/i);
  });

  it("gives no snippet without a search, and finds stemmed words", async () => {
    const reader = await sessionFor(connection.prisma, PEGAWAI);
    const all = await listSops(reader, { page: 1 });
    expect(all.rows.every((r) => r.snippet === null)).toBe(true);
    const stemmed = await listSops(reader, { q: "mendisposisikan", page: 1 });
    expect(stemmed.total).toBeGreaterThan(0);
  });
});

describe("a revision's source", () => {
  it("names the imported file to the SOP's managers only", async () => {
    const sop = await connection.prisma.sop.findFirstOrThrow({ where: { title: "Penanganan Surat Masuk", unit: { code: "ntt.dinsos.sekretariat.kepum" } } });
    const reader = await getSop(await sessionFor(connection.prisma, PEGAWAI), sop.id);
    expect(reader!.revision.sourceName).toBeNull();
    expect(reader!.revisions.every((r) => r.sourceName === null)).toBe(true);
    const manager = await getSop(await sessionFor(connection.prisma, MANAJER), sop.id);
    expect(manager!.revision.sourceName).toMatch(/\.txt$/);
  });
});
