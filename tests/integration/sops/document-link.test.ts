// The SOP catalogue under document control: every SOP is a PROSEDUR in the register, an edit is a
// pending revision that changes nothing until approved and in force, and "due for review" reads the
// document's next review date.
import { describe, expect, it } from "vitest";
import type { SopContent } from "../../../lib/sops/content";
import { getSop, listSops } from "../../../lib/sops/data";
import { generatedCodePrefix, sopNextReviewAt } from "../../../lib/sops/document-link-mutations";
import { commitImport } from "../../../lib/sops/import-mutations";
import { planImport } from "../../../lib/sops/import-plan";
import { reviseSop } from "../../../lib/sops/revise-mutations";
import { transitionRevision } from "../../../lib/documents/revision-mutations";
import { agencyOf } from "../../../lib/org/agency";
import { sopListQuerySchema } from "../../../lib/sops/schema";
import { SYSTEM_ACTOR } from "../../../seeds/factories/org";
import { demoUsers, useDemoDatabase } from "../../helpers/demo-database";
import { expectRefusedUnchanged } from "../../helpers/refusals";
import { approveSopRevision } from "../../helpers/sop-document";

const { db, as } = useDemoDatabase(demoUsers("manajer", "kadis", "pegawai", "kabid", "arsip", "bpsmb", "biro"), { sops: true }, 300_000);

async function sopOf(agencyCode: string, title: string) {
  const sop = await db().sop.findFirstOrThrow({
    where: { title, unit: { code: { startsWith: agencyCode } } },
    select: { id: true, version: true, currentRevisionNo: true, title: true, unitId: true },
  });
  const revision = await db().sopRevision.findUniqueOrThrow({ where: { sopId_revisionNo: { sopId: sop.id, revisionNo: sop.currentRevisionNo } } });
  return { sop, content: revision.content as unknown as SopContent };
}

/** Everything an SOP edit must leave alone until it is in force. */
async function catalogueState(sopId: string) {
  return {
    sop: await db().sop.findUniqueOrThrow({ where: { id: sopId }, select: { version: true, currentRevisionNo: true, title: true, searchText: true, stepCount: true } }),
    revisions: await db().sopRevision.count({ where: { sopId } }),
    documentRevisions: await db().documentRevision.findMany({ where: { document: { sopId } }, select: { revisionNo: true, status: true, version: true }, orderBy: { revisionNo: "asc" } }),
  };
}

function withFirstStep(content: SopContent, suffix: string): SopContent {
  return { ...content, steps: content.steps.map((s, i) => (i === 0 ? { ...s, activity: `${s.activity} ${suffix}` } : s)) };
}

describe("the SOP catalogue in the document register", () => {
  it("registers every seeded SOP as a PROSEDUR of its agency, public, with its revision in force", async () => {
    const sops = await db().sop.findMany({
      select: {
        id: true, number: true, title: true, unitId: true, currentRevisionNo: true, unit: { select: { path: true } },
        revisions: { select: { revisionNo: true, createdAt: true }, orderBy: { revisionNo: "asc" } },
        document: { include: { revisions: { orderBy: { revisionNo: "asc" } } } },
      },
    });
    expect(sops.length).toBeGreaterThan(100);
    expect(await db().controlledDocument.count({ where: { type: "PROSEDUR", sopId: { not: null } } })).toBe(sops.length);
    const agencies = new Map<string, Awaited<ReturnType<typeof agencyOf>>>();
    for (const sop of sops) {
      const document = sop.document!;
      const agency = agencies.get(sop.unitId) ?? (await agencyOf(db(), sop.unit.path));
      agencies.set(sop.unitId, agency);
      const current = sop.revisions.at(-1)!;
      expect(document).toMatchObject({
        type: "PROSEDUR", agencyId: agency.id, unitId: sop.unitId, title: sop.title, access: "BEBAS", status: "AKTIF",
        retentionActiveYears: 5, retentionInactiveYears: 5, finalDisposition: "PERMANEN", reviewIntervalMonths: 24,
        currentRevisionNo: sop.currentRevisionNo, nextReviewAt: sopNextReviewAt(current.createdAt),
      });
      expect(document.revisions.map((r) => [r.revisionNo, r.status, r.text, r.sopContent])).toEqual(
        sop.revisions.map((r) => [r.revisionNo, r.revisionNo === sop.currentRevisionNo ? "BERLAKU" : "KADALUARSA", null, null]),
      );
      if (sop.number && document.code === sop.number) continue;
      const prefix = generatedCodePrefix(agency);
      expect(document.code.startsWith(prefix) && /^\d{3}$/.test(document.code.slice(prefix.length))).toBe(true);
    }
    // Codes are unique in each agency (the database says so too); SOPs without a number got one.
    const unnumbered = sops.filter((s) => !s.number?.trim());
    for (const sop of unnumbered) expect(sop.document!.code.startsWith("SOP/")).toBe(true);
  });

  it("lists an SOP as due for review when its document's review date has come, and not before", async () => {
    const { sop } = await sopOf("ntt.dinsos", "Penanganan Nota Dinas");
    const query = sopListQuerySchema.parse({ reviewDue: "1", agencyId: (await db().unit.findUniqueOrThrow({ where: { code: "ntt.dinsos" } })).id });
    const today = new Date();
    const due = async () => (await listSops(as.pegawai, query, today)).rows.map((r) => r.id);
    expect(await due()).not.toContain(sop.id);
    await db().controlledDocument.update({ where: { sopId: sop.id }, data: { nextReviewAt: new Date(Date.UTC(today.getUTCFullYear() - 1, 0, 1)) } });
    expect(await due()).toContain(sop.id);
    // An old revision alone no longer makes it due: a periodic review moved the date on.
    await db().sopRevision.updateMany({ where: { sopId: sop.id }, data: { createdAt: new Date(Date.UTC(today.getUTCFullYear() - 5, 0, 1)) } });
    await db().controlledDocument.update({ where: { sopId: sop.id }, data: { nextReviewAt: new Date(Date.UTC(today.getUTCFullYear() + 1, 0, 1)) } });
    expect(await due()).not.toContain(sop.id);
  });
});

describe("editing an SOP under document control", () => {
  const TITLE = "Penanganan Surat Keluar";

  it("refuses the wrong roles and the manajer mutu of another agency, writing nothing", async () => {
    const { sop, content } = await sopOf("ntt.dinsos", TITLE);
    const input = { id: sop.id, version: sop.version, reason: "Uraian diperjelas", content: withFirstStep(content, "(diperjelas)") };
    for (const user of [as.pegawai, as.kabid, as.arsip, as.kadis, as.biro, as.bpsmb]) {
      await expectRefusedUnchanged(() => reviseSop(user, input), /tidak berwenang/, () => catalogueState(sop.id));
    }
  });

  it("proposes the edit as the document's pending revision and leaves the catalogue on the revision in force", async () => {
    const { sop, content } = await sopOf("ntt.dinsos", TITLE);
    const before = await catalogueState(sop.id);
    const edited = withFirstStep(content, "(diperjelas)");
    const proposal = await reviseSop(as.manajer, { id: sop.id, version: sop.version, reason: "Uraian diperjelas", content: edited });
    expect(proposal).toMatchObject({ revisionNo: sop.currentRevisionNo + 1, replaced: false });
    const after = await catalogueState(sop.id);
    expect(after.sop).toEqual(before.sop);
    expect(after.revisions).toBe(before.revisions);
    const page = (await getSop(as.manajer, sop.id))!;
    expect(page.revision.revisionNo).toBe(sop.currentRevisionNo);
    expect(page.revision.content).toEqual(content);
    expect(page.document?.id).toBe(proposal.documentId);
    expect(page.pending).toMatchObject({ revisionNo: proposal.revisionNo, status: "DRAF", editable: true, changeReason: "Uraian diperjelas", requestedBy: as.manajer.name });
    expect(page.pending!.content).toEqual(edited);
    // The catalogue lists the revision in force and names the one waiting.
    const listed = (await listSops(as.pegawai, sopListQuerySchema.parse({ q: TITLE }))).rows.find((r) => r.id === sop.id);
    expect(listed).toMatchObject({ revisionNo: sop.currentRevisionNo, pendingRevisionNo: proposal.revisionNo });
    // The search still finds the text in force, not the draft.
    const search = await listSops(as.pegawai, sopListQuerySchema.parse({ q: "diperjelas" }));
    expect(search.rows.map((r) => r.id)).not.toContain(sop.id);
  });

  it("refuses a new edit while one is pending, and replaces the draft's content when the draft itself is edited", async () => {
    const { sop, content } = await sopOf("ntt.dinsos", TITLE);
    const pending = (await getSop(as.manajer, sop.id))!.pending!;
    await expectRefusedUnchanged(
      () => reviseSop(as.manajer, { id: sop.id, version: sop.version, reason: "Perubahan lain", content: { ...content, peringatan: "Lain" } }),
      /Masih ada revisi yang belum berlaku \(Revisi \d+/,
      () => catalogueState(sop.id),
    );
    const redone = withFirstStep(content, "(diperjelas lagi)");
    const input = { id: sop.id, version: sop.version, reason: "Uraian diperjelas lagi", content: redone, pendingRevisionId: pending.id, pendingVersion: pending.version };
    expect(await reviseSop(as.manajer, input)).toMatchObject({ revisionNo: pending.revisionNo, replaced: true });
    expect((await getSop(as.manajer, sop.id))!.pending).toMatchObject({ revisionNo: pending.revisionNo, changeReason: "Uraian diperjelas lagi", content: redone });
    // The same page saved twice: the second save is stale.
    await expect(reviseSop(as.manajer, input)).rejects.toMatchObject({ reason: "STALE" });
  });

  it("does not change a revision under check, and shows the new revision once it is approved and in force", async () => {
    const { sop, content } = await sopOf("ntt.dinsos", TITLE);
    const pending = (await getSop(as.manajer, sop.id))!.pending!;
    // Submitted for check (the register's workflow): the content is frozen.
    await db().documentRevision.update({ where: { id: pending.id }, data: { status: "DIAJUKAN", submittedAt: new Date(), version: { increment: 1 } } });
    await expectRefusedUnchanged(
      () => reviseSop(as.manajer, { id: sop.id, version: sop.version, reason: "Masih mau diubah", content: withFirstStep(content, "(x)"), pendingRevisionId: pending.id, pendingVersion: pending.version + 1 }),
      /Revisi \d+ sudah menunggu pemeriksaan; isinya tidak dapat diubah lagi/,
      () => catalogueState(sop.id),
    );
    expect((await getSop(as.pegawai, sop.id))!.pending).toMatchObject({ status: "DIAJUKAN", editable: false, content: null });

    const { revisionNo } = await approveSopRevision(db(), pending.id, { id: as.kadis.id, name: as.kadis.name });
    expect(revisionNo).toBe(pending.revisionNo);
    const page = (await getSop(as.pegawai, sop.id))!;
    expect(page.currentRevisionNo).toBe(revisionNo);
    expect(page.revision).toMatchObject({ revisionNo, source: "edit", reason: "Uraian diperjelas lagi", createdBy: as.kadis.name });
    expect(page.revision.content.steps[0].activity).toMatch(/\(diperjelas lagi\)$/);
    expect(page.pending).toBeNull();
    expect((await listSops(as.pegawai, sopListQuerySchema.parse({ q: TITLE }))).rows.find((r) => r.id === sop.id)).toMatchObject({ revisionNo, pendingRevisionNo: null });
    const activity = await db().activity.findFirst({ where: { entity: "sop", entityId: sop.id }, orderBy: { id: "desc" } });
    expect(activity).toMatchObject({ action: "revise", actorId: as.kadis.id, reason: "Uraian diperjelas lagi" });
    const search = await listSops(as.pegawai, sopListQuerySchema.parse({ q: "diperjelas lagi" }));
    expect(search.rows.map((r) => r.id)).toContain(sop.id);
  });

  it("goes through the register's real workflow: submitted, checked by the pengendali dokumen, approved by the kepala dinas, then in the catalogue", async () => {
    const sop = await db().sop.findFirstOrThrow({ where: { unit: { code: { startsWith: "ntt.dinsos" } }, title: { not: TITLE } }, orderBy: { title: "asc" } });
    const { content } = await sopOf("ntt.dinsos", sop.title);
    const edited = withFirstStep(content, "(alur penuh)");
    const proposal = await reviseSop(as.manajer, { id: sop.id, version: sop.version, reason: "Uraian langkah pertama diperjelas", content: edited });
    for (const [user, transition] of [[as.manajer, "submit"], [as.arsip, "check"], [as.kadis, "approve"]] as const) {
      const revision = await db().documentRevision.findFirstOrThrow({ where: { documentId: proposal.documentId, revisionNo: proposal.revisionNo } });
      // Until the approval, the catalogue shows the revision in force.
      expect((await db().sop.findUniqueOrThrow({ where: { id: sop.id } })).currentRevisionNo).toBe(sop.currentRevisionNo);
      await transitionRevision(user, { id: revision.id, version: revision.version, transition, note: null });
    }
    const page = (await getSop(as.pegawai, sop.id))!;
    expect(page.currentRevisionNo).toBe(proposal.revisionNo);
    expect(page.revision.content.steps[0].activity).toMatch(/\(alur penuh\)$/);
    expect(page.pending).toBeNull();
    const revisions = await db().documentRevision.findMany({ where: { documentId: proposal.documentId }, orderBy: { revisionNo: "desc" }, take: 2, select: { revisionNo: true, status: true } });
    expect(revisions).toEqual([{ revisionNo: proposal.revisionNo, status: "BERLAKU" }, { revisionNo: sop.currentRevisionNo, status: "KADALUARSA" }]);
  });

  it("lets the manajer mutu of Kaltim propose a revision of their own SOP, in the register of their Perangkat Daerah", async () => {
    const sop = await db().sop.findFirstOrThrow({ where: { unit: { code: { startsWith: "kaltim.disperindagkop.bpsmb" } } }, orderBy: { title: "asc" } });
    const { content } = await sopOf("kaltim.disperindagkop.bpsmb", sop.title);
    await expectRefusedUnchanged(
      () => reviseSop(as.manajer, { id: sop.id, version: sop.version, reason: "Dari NTT", content: withFirstStep(content, "(NTT)") }),
      /tidak berwenang/,
      () => catalogueState(sop.id),
    );
    const proposal = await reviseSop(as.bpsmb, { id: sop.id, version: sop.version, reason: "Uraian disesuaikan", content: withFirstStep(content, "(BPSMB)") });
    const document = await db().controlledDocument.findUniqueOrThrow({ where: { id: proposal.documentId }, include: { agency: true } });
    // The agency is the Perangkat Daerah above the UPTD (lib/org/agency.ts).
    expect(document.agency.code).toBe("kaltim.disperindagkop");
    expect((await catalogueState(sop.id)).sop.currentRevisionNo).toBe(sop.currentRevisionNo);
  });
});

describe("re-importing an SOP", () => {
  function sopText(minutes: string): string {
    return [
      "PEMERINTAH PROVINSI NUSA TENGGARA TIMUR", "DINAS SOSIAL", "SUB BAGIAN KEUANGAN", "",
      "Nomor SOP\t900/UJI-02/DINSOS/2026", "Tanggal Pembuatan\t05 Januari 2026", "Tanggal Revisi\t-", "Tanggal Efektif\t12 Januari 2026",
      "Disahkan oleh\t Kepala Dinas Sosial Dr. Theresia Adu, M.Si NIP. 196907151995032001",
      "Nama SOP\tPengarsipan Bukti Kas", "Dasar Hukum\tKualifikasi Pelaksana", "1. Peraturan Menteri PANRB Nomor 35 Tahun 2012\t1. Teliti",
      "Keterkaitan\tPeralatan / Perlengkapan", "-\tMap arsip", "Peringatan\tPencatatan dan Pendataan", "Bukti hilang\tDisimpan", "",
      "NO\tUraian Kegiatan\tPelaksana\t\tMutu Baku\t\t\tKETERANGAN", "\t\tBendahara\tKasubag Keuangan\tKelengkapan\tWaktu (menit)\tOutput\t",
      "1\t2\t3\t4\t5\t6\t7\t", "1\tMengumpulkan bukti kas\t\t\tMap\t30\tBukti\t", `2\tMengarsipkan bukti kas\t\t\tMap\t${minutes}\tArsip\t`, "",
    ].join("\n");
  }
  async function importText(text: string, fileName: string) {
    const agency = await db().unit.findUniqueOrThrow({ where: { code: "ntt.dinsos" }, select: { id: true, path: true, name: true, shortName: true } });
    const plan = await planImport(db(), text, fileName, { agency });
    return commitImport(db(), plan, agency.path, SYSTEM_ACTOR);
  }

  it("takes effect at once (the agency's signed document), cancelling an edit pending in the register", async () => {
    const first = await importText(sopText("30"), "kas.txt");
    const sopId = first.sopIds.at(-1)!;
    const sop = await db().sop.findUniqueOrThrow({ where: { id: sopId } });
    const { content } = await sopOf("ntt.dinsos", sop.title);
    const proposal = await reviseSop(as.manajer, { id: sop.id, version: sop.version, reason: "Suntingan portal", content: withFirstStep(content, "(portal)") });
    expect(proposal.revisionNo).toBe(2);

    await importText(sopText("45"), "kas-rev.txt");
    const revisions = await db().documentRevision.findMany({ where: { documentId: proposal.documentId }, orderBy: { revisionNo: "asc" } });
    expect(revisions.map((r) => [r.revisionNo, r.status])).toEqual([[1, "KADALUARSA"], [2, "DIBATALKAN"], [3, "BERLAKU"]]);
    expect(revisions[1].returnNote).toBe("Dibatalkan: SOP diimpor ulang dari kas-rev.txt");
    const page = (await getSop(as.manajer, sop.id))!;
    expect(page).toMatchObject({ currentRevisionNo: 3, pending: null, totalMinutes: 75 });
    expect(await db().controlledDocument.findUniqueOrThrow({ where: { id: proposal.documentId } })).toMatchObject({ currentRevisionNo: 3 });
  });
});
