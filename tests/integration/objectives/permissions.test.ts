// Who may act on sasaran mutu and kebijakan mutu beyond the happy path: the wrong role, the right
// role on another unit or agency, separation of duties, the read-only province role, references
// across agencies, and the kebijakan mutu workflow under the one revision model.
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../../lib/auth/types";
import { expectedFailure } from "../../../lib/errors";
import { getObjective } from "../../../lib/objectives/data";
import { createObjective, transitionObjective, updateObjective } from "../../../lib/objectives/mutations";
import { getPolicy } from "../../../lib/objectives/policy-data";
import { createPolicy, transitionPolicy, updatePolicy } from "../../../lib/objectives/policy-mutations";
import type { ObjectiveFormValues } from "../../../lib/objectives/schema";
import { demoUsers, useDemoDatabase } from "../../helpers/demo-database";
import { unitId } from "../../helpers/users";
import { expectRefusedUnchanged } from "../../helpers/refusals";

const { db, as } = useDemoDatabase(demoUsers("manajer", "kadis", "kabid", "lansia", "pegawai", "bpsmb", "biro"));

const load = (id: string) => db().qualityObjective.findUniqueOrThrow({ where: { id } });
const activityCount = () => db().activity.count();

async function definition(unitCode: string, code: string, ownerId: string, overrides: Partial<ObjectiveFormValues> = {}): Promise<ObjectiveFormValues> {
  return {
    unitId: await unitId(db(), unitCode), year: 2026, code, statement: "Permohonan layanan diselesaikan tepat waktu setiap bulan.",
    perspective: "PELANGGAN", indicator: "Persentase permohonan selesai tepat waktu", formula: null, measureUnit: "%",
    direction: "MINIMAL", target: 90, targetLow: null, targetHigh: null, baseline: null, valueMin: null, valueMax: null, frequency: "BULANAN", ownerId,
    dataSource: "Register layanan", processes: null, sopIds: [], policyId: null, commitmentNo: null, ...overrides,
  };
}

/** Runs a refused call and checks that nothing was written: the record and the history stand. */
const refusedWithoutTrace = (call: () => Promise<unknown>, message: RegExp, recordId?: string) =>
  expectRefusedUnchanged(call, message, async () => [await activityCount(), recordId ? await load(recordId) : null]);

async function submitted(actor: SessionUser, values: ObjectiveFormValues) {
  const { id } = await createObjective(actor, values);
  const o = await load(id);
  await transitionObjective(actor, { id, version: o.version, transition: "submit", note: null });
  return load(id);
}

describe("another unit or agency", () => {
  it("refuses the pimpinan of another agency approving, and leaves no trace", async () => {
    const o = await submitted(as.manajer, await definition("ntt.dinsos.dayasos", "PRM-01", as.kabid.id));
    await refusedWithoutTrace(() => transitionObjective(as.bpsmb, { id: o.id, version: o.version, transition: "approve", note: null }), /tidak berwenang/, o.id);
  });

  it("refuses an AUDITEE acting on a sibling unit's objective", async () => {
    const { id } = await createObjective(as.kabid, await definition("ntt.dinsos.dayasos", "PRM-02", as.kabid.id));
    const o = await load(id);
    await refusedWithoutTrace(() => transitionObjective(as.lansia, { id, version: o.version, transition: "submit", note: null }), /tidak berwenang/, id);
    await refusedWithoutTrace(async () => updateObjective(as.lansia, id, o.version, { ...(await definition("ntt.dinsos.dayasos", "PRM-02", as.kabid.id)), target: 10 }), /tidak berwenang/, id);
    await refusedWithoutTrace(async () => createObjective(as.lansia, await definition("ntt.dinsos.dayasos", "PRM-03", as.kabid.id)), /tidak berwenang/);
  });

  it("refuses a PIC from another agency", async () => {
    await refusedWithoutTrace(async () => createObjective(as.manajer, await definition("ntt.dinsos.dayasos", "PRM-04", as.bpsmb.id)), /PIC harus pegawai/);
  });
});

describe("separation of duties", () => {
  it("refuses approving an objective one submitted oneself", async () => {
    const o = await submitted(as.bpsmb, await definition("kaltim.disperindagkop.bpsmb", "PRM-05", as.bpsmb.id));
    await refusedWithoutTrace(() => transitionObjective(as.bpsmb, { id: o.id, version: o.version, transition: "approve", note: null }), /tidak dapat menyetujuinya sendiri/, o.id);
    const detail = await getObjective(as.bpsmb, o.id);
    expect(detail?.transitions.map((t) => t.name)).not.toContain("approve");
  });

  it("allows it where the agency is a one-person office, and the history says so", async () => {
    await db().unit.update({ where: { code: "kaltim.disperindagkop.bpsmb" }, data: { selfApprovalAllowed: true } });
    const o = await submitted(as.bpsmb, await definition("kaltim.disperindagkop.bpsmb", "PRM-06", as.bpsmb.id));
    await transitionObjective(as.bpsmb, { id: o.id, version: o.version, transition: "approve", note: null });
    expect((await load(o.id)).status).toBe("DISETUJUI");
    const approval = await db().activity.findFirstOrThrow({ where: { entityId: o.id, action: "approve" } });
    expect((approval.after as { catatan?: string }).catatan).toMatch(/pengaju\/penyunting sendiri/);
  });
});

describe("the read-only province role", () => {
  it("reads every agency of the province and changes nothing", async () => {
    const o = await submitted(as.manajer, await definition("ntt.dinsos.dayasos", "PRM-07", as.kabid.id));
    const seen = await getObjective(as.biro, o.id);
    expect(seen?.code).toBe("PRM-07");
    expect(seen?.transitions).toEqual([]);
    expect(seen?.allowed).toEqual({ edit: false, revise: false, measure: false });
    await refusedWithoutTrace(() => transitionObjective(as.biro, { id: o.id, version: o.version, transition: "approve", note: null }), /tidak berwenang/, o.id);
    await refusedWithoutTrace(async () => createObjective(as.biro, await definition("ntt.dinsos.dayasos", "PRM-08", as.kabid.id)), /tidak berwenang/);
    await refusedWithoutTrace(() => createPolicy(as.biro, { agencyId: "x", statement: "Kebijakan mutu dari provinsi.", commitments: ["a"] }), /tidak ditemukan|tidak berwenang/);
    const dinsos = await unitId(db(), "ntt.dinsos");
    await refusedWithoutTrace(() => createPolicy(as.biro, { agencyId: dinsos, statement: "Kebijakan mutu dari provinsi.", commitments: ["a"] }), /tidak berwenang/);
  });
});

describe("the kebijakan mutu workflow", () => {
  let dinsos: string;
  let draftId: string;
  const policy = (id: string) => db().qualityPolicy.findUniqueOrThrow({ where: { id } });

  beforeAll(async () => {
    dinsos = await unitId(db(), "ntt.dinsos");
  });

  it("drafts one new version at a time beside the one in force", async () => {
    draftId = (await createPolicy(as.manajer, { agencyId: dinsos, statement: "Kami berkomitmen melayani dengan cepat, tepat dan ramah.", commitments: ["Cepat", "Tepat"] })).id;
    expect((await policy(draftId)).versionNo).toBe(2);
    await refusedWithoutTrace(() => createPolicy(as.manajer, { agencyId: dinsos, statement: "Draf kedua pada waktu yang sama.", commitments: ["x"] }), /belum selesai/);
  });

  it("is refused to a pimpinan of another agency and to its own author as approver", async () => {
    let p = await policy(draftId);
    await transitionPolicy(as.manajer, { id: draftId, version: p.version, transition: "submit", note: null });
    p = await policy(draftId);
    await expect(transitionPolicy(as.bpsmb, { id: draftId, version: p.version, transition: "approve", note: null })).rejects.toThrow(/tidak berwenang/);
    await expect(transitionPolicy(as.kabid, { id: draftId, version: p.version, transition: "approve", note: null })).rejects.toThrow(/tidak berwenang/);
  });

  it("goes back with a note, is corrected, and supersedes the version in force when approved", async () => {
    let p = await policy(draftId);
    await expect(transitionPolicy(as.kadis, { id: draftId, version: p.version, transition: "return", note: null })).rejects.toThrow(/catatan pengembalian/);
    await transitionPolicy(as.kadis, { id: draftId, version: p.version, transition: "return", note: "Tambahkan komitmen perbaikan berkelanjutan." });
    p = await policy(draftId);
    expect([p.status, p.returnNote]).toEqual(["DIKEMBALIKAN", "Tambahkan komitmen perbaikan berkelanjutan."]);
    await updatePolicy(as.manajer, draftId, p.version, { statement: p.statement, commitments: ["Cepat", "Tepat", "Perbaikan berkelanjutan"] });
    await expect(updatePolicy(as.manajer, draftId, p.version, { statement: p.statement, commitments: ["Lama"] })).rejects.toThrow(/telah diubah/);
    p = await policy(draftId);
    await transitionPolicy(as.manajer, { id: draftId, version: p.version, transition: "submit", note: null });
    p = await policy(draftId);
    await expect(updatePolicy(as.manajer, draftId, p.version, { statement: p.statement, commitments: ["Saat diajukan"] })).rejects.toThrow(/tidak dapat diubah/);
    const previous = await db().qualityPolicy.findFirstOrThrow({ where: { agencyId: dinsos, status: "DISETUJUI" } });
    await transitionPolicy(as.kadis, { id: draftId, version: p.version, transition: "approve", note: null });
    expect((await policy(draftId)).status).toBe("DISETUJUI");
    expect((await policy(previous.id)).status).toBe("DIGANTIKAN");
    const superseded = await db().activity.findFirstOrThrow({ where: { entityId: previous.id, action: "supersede" } });
    expect(superseded.after).toMatchObject({ status: "DIGANTIKAN", digantikanOleh: "versi 2" });
    const view = await getPolicy(as.kadis, draftId);
    expect(view?.transitions).toEqual([]);
  });

  it("lets the manajer mutu discard a draft, after which a new one may start", async () => {
    const id = (await createPolicy(as.manajer, { agencyId: dinsos, statement: "Draf yang akhirnya tidak dipakai.", commitments: ["x"] })).id;
    const p = await policy(id);
    await transitionPolicy(as.manajer, { id, version: p.version, transition: "discard", note: null });
    expect((await policy(id)).status).toBe("DIBATALKAN");
    const next = await createPolicy(as.manajer, { agencyId: dinsos, statement: "Draf baru setelah pembatalan.", commitments: ["y"] });
    expect((await policy(next.id)).versionNo).toBe(4);
  });
});

describe("a unique key taken by someone else at the same moment", () => {
  it("comes back as an Indonesian conflict, not an error page", async () => {
    const existing = await db().qualityObjective.findFirstOrThrow({ select: { unitId: true, year: true, code: true, ownerId: true } });
    const error = await db()
      .qualityObjective.create({
        data: {
          ...existing, statement: "Duplikat", perspective: "PELANGGAN", indicator: "x", measureUnit: "%", direction: "MINIMAL",
          frequency: "BULANAN", dataSource: "x",
        },
      })
      .then(() => null, (e: unknown) => e);
    expect(expectedFailure(error)).toMatchObject({ ok: false, reason: "CONFLICT", message: expect.stringMatching(/baru saja disimpan oleh pengguna lain/) });
    expect(expectedFailure(new Error("a bug"))).toBeNull();
  });
});
