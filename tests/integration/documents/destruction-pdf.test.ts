// The Berita Acara Pemusnahan PDF route, called for real with a chosen signed-in user: a PDF file
// for the agency's keepers and pimpinan, nothing for anyone else.
import { describe, expect, it, vi } from "vitest";
import type { SessionUser } from "../../../lib/auth/types";
import { seedDocumentRetention } from "../../../seeds/document-retention";
import { demoUsers, useDemoDatabase } from "../../helpers/demo-database";

const signedIn = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => signedIn.user }));

const { GET } = await import("../../../app/(portal)/documents/retention/destructions/[id]/pdf/route");
const { db, as } = useDemoDatabase(demoUsers("arsip", "kadis", "pegawai", "bpsmb"));

async function download(user: SessionUser | null) {
  await seedDocumentRetention(db());
  const ba = await db().documentDestruction.findFirstOrThrow({ where: { status: "DILAKSANAKAN" }, select: { id: true, number: true } });
  signedIn.user = user;
  return { ba, response: await GET(new Request("http://portal.test/"), { params: Promise.resolve({ id: ba.id }) }) };
}

describe("the BA PDF", () => {
  it("is a PDF attachment for the arsip and the kadis", async () => {
    for (const user of [as.arsip, as.kadis]) {
      const { ba, response } = await download(user);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      expect(response.headers.get("content-disposition")).toBe(`attachment; filename="Berita-Acara-Pemusnahan-${ba.number.replace(/[^A-Za-z0-9-]+/g, "-")}.pdf"`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    }
  }, 60_000);

  it("is not found for a pegawai or another agency, and asks a signed-out visitor to sign in", async () => {
    expect((await download(as.pegawai)).response.status).toBe(404);
    expect((await download(as.bpsmb)).response.status).toBe(404);
    expect((await download(null)).response.status).toBe(401);
  });
});
