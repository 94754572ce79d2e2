// A confirmed upload preview that went stale: the SOP changed after the user saw the preview.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "../../../lib/auth/types";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { seedDemoData } from "../../../seeds";
import { closeTestDatabase, openTestDatabase } from "../../helpers/database";
import { confirmedImport, keuanganSopText, uploadForm } from "../../helpers/sop-upload";
import { sessionFor, unitId } from "../../helpers/users";

const session = vi.hoisted(() => ({ current: null as SessionUser | null }));
vi.mock("../../../lib/auth/session", () => ({ getCurrentUser: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { previewSopUploadAction, importSopUploadAction } = await import("../../../lib/sops/actions");
type FilePreview = import("../../../lib/sops/upload").FilePreview;

let connection: DatabaseConnection;

let keuanganId: string;
const MANAJER = "manajer.mutu@dinsos.nttprov.go.id";

async function previewOf(name: string, content: string): Promise<FilePreview> {
  const result = await previewSopUploadAction(uploadForm(name, content, keuanganId));
  if (!result.ok) throw new Error(result.message);
  return result.data;
}


beforeAll(async () => {
  connection = await openTestDatabase();
  await seedDemoData(connection.prisma);
  keuanganId = await unitId(connection.prisma, "ntt.dinsos.sekretariat.keuangan");
  session.current = await sessionFor(connection.prisma, MANAJER);
  const first = await importSopUploadAction(confirmedImport(await previewOf("sasaran.txt", keuanganSopText("30"))));
  if (!first.ok) throw new Error(first.message);
});

afterAll(closeTestDatabase);

const revisions = () => connection.prisma.sopRevision.count();

describe("a stale upload preview", () => {
  it("is refused when the SOP was revised after the preview, and writes nothing", async () => {
    const mine = await previewOf("sasaran.txt", keuanganSopText("45"));
    expect(mine.sops[0].outcome).toMatchObject({ action: "revise", currentRevisionNo: 1, nextRevisionNo: 2 });
    const theirs = await importSopUploadAction(confirmedImport(await previewOf("sasaran.txt", keuanganSopText("50"))));
    expect(theirs).toMatchObject({ ok: true, data: { revised: 1 } });
    const before = await revisions();

    const result = await importSopUploadAction(confirmedImport(mine));
    expect(result).toMatchObject({ ok: false, reason: "STALE" });
    expect(await revisions()).toBe(before);
  });

  it("never writes an SOP the preview showed as unchanged", async () => {
    const seen = await previewOf("sasaran.txt", keuanganSopText("50"));
    expect(seen.sops[0].outcome).toMatchObject({ action: "unchanged", currentRevisionNo: 2 });
    // Someone revises it meanwhile; the user's copy (the old text) would now revert it.
    const other = await importSopUploadAction(confirmedImport(await previewOf("sasaran.txt", keuanganSopText("55"))));
    expect(other.ok).toBe(true);
    const before = await revisions();

    const result = await importSopUploadAction(confirmedImport(seen));
    expect(result).toMatchObject({ ok: false, reason: "STALE" });
    expect(await revisions()).toBe(before);
  });
});

describe("an import planned against a revision that is no longer in force", () => {
  it("is refused inside its transaction (the version check is in the update), and writes nothing", async () => {
    const { planImport } = await import("../../../lib/sops/import-plan");
    const { commitImport } = await import("../../../lib/sops/import-mutations");
    const { agencyOf } = await import("../../../lib/org/agency");
    const db = connection.prisma;
    const unit = await db.unit.findUniqueOrThrow({ where: { id: keuanganId }, select: { id: true, path: true, name: true, shortName: true } });
    const agency = await agencyOf(db, unit.path);
    // Planned now, committed after another import revised the SOP: no pre-check stands in between.
    const plan = await planImport(db, keuanganSopText("65"), "lama.txt", { agency, unit });
    expect(plan.sops[0]).toMatchObject({ action: "revise" });
    const other = await importSopUploadAction(confirmedImport(await previewOf("sasaran.txt", keuanganSopText("70"))));
    expect(other.ok).toBe(true);
    const before = await revisions();
    const current = await db.sop.findUniqueOrThrow({ where: { id: plan.sops[0].existingId! }, select: { currentRevisionNo: true, version: true } });

    await expect(commitImport(db, plan, agency.path, null, session.current!)).rejects.toMatchObject({ reason: "STALE" });
    expect(await revisions()).toBe(before);
    expect(await db.sop.findUniqueOrThrow({ where: { id: plan.sops[0].existingId! }, select: { currentRevisionNo: true, version: true } })).toEqual(current);
  });
});
