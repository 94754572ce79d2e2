// The daftar periksa: generation from the audit's clauses and a seed SOP (one item per step plus
// the record items of Pencatatan dan Pendataan), who may answer (only the assigned auditors, only
// while PELAKSANAAN), a KTS answer raising its finding once, and two auditors answering at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../../lib/auth/types";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { recordsOf } from "../../../lib/audits/checklist-generate";
import { answerChecklistItem, addChecklistItem, generateAuditChecklist, moveChecklistItem, updateChecklistItem } from "../../../lib/audits/checklist-mutations";
import { getChecklistPage } from "../../../lib/audits/checklist-data";
import { answerSchema, type AnswerInput } from "../../../lib/audits/checklist-schema";
import { closeTestDatabase } from "../../helpers/database";
import { openDemoDatabase } from "../../helpers/demo-database";
import { sessionsFor } from "../../helpers/users";
import { createAudit, setAuditStatus, sopWithRecords } from "../../helpers/audit-factory";
import { expectRefusedUnchanged } from "../../helpers/refusals";

let connection: DatabaseConnection;
const as: Record<string, SessionUser> = {};
const db = () => connection.prisma;


beforeAll(async () => {
  const opened = await openDemoDatabase(
    { auditor: "auditor@dinsos.nttprov.go.id", manajer: "manajer.mutu@dinsos.nttprov.go.id", kabid: "kabid.dayasos@dinsos.nttprov.go.id", bpsmb: "mutu@bpsmb.kaltimprov.go.id" },
    { sops: true, audits: false, auditProgrammes: false, auditChecklists: false, findings: false, correctiveActions: false },
  );
  connection = opened.connection;
  Object.assign(as, opened.as);
  Object.assign(as, await sessionsFor(db(), { auditor2: "auditor.linjamsos@dinsos.nttprov.go.id", biroAuditor: "auditor@biro-organisasi.nttprov.go.id", kaltimAuditor: "auditor@bpsmb.kaltimprov.go.id" }));
}, 240_000);
afterAll(closeTestDatabase);

let seq = 0;
async function audit(options: { status?: "PERSIAPAN" | "PELAKSANAAN"; clauses?: string[]; withSop?: boolean } = {}) {
  const sop = await sopWithRecords(db(), "ntt.dinsos", "Audit Internal");
  const id = await createAudit(db(), {
    agencyCode: "ntt.dinsos", number: `AI/TEST/${++seq}`, status: options.status ?? "PELAKSANAAN", unitCodes: ["ntt.dinsos.dayasos"],
    sopIds: options.withSop === false ? [] : [sop.id], clauses: options.clauses ?? ["9.2", "7.5"],
    team: [{ email: "auditor@dinsos.nttprov.go.id", role: "KETUA" }, { email: "auditor@biro-organisasi.nttprov.go.id", role: "ANGGOTA", crossAgency: true }],
  });
  return { id, sop };
}
const items = (auditId: string) => db().checklistItem.findMany({ where: { auditId }, orderBy: { position: "asc" } });
const activityCount = () => db().activity.count();
const answer = (input: AnswerInput) => answerSchema.parse(input);

const refusedWithoutTrace = (call: () => Promise<unknown>, message: RegExp, auditId: string) =>
  expectRefusedUnchanged(call, message, async () => ({ items: await items(auditId), findings: await db().finding.count(), history: await activityCount() }));

describe("generating the checklist", () => {
  it("makes one item per SOP step, one per record of Pencatatan dan Pendataan and the clause questions", async () => {
    const { id, sop } = await audit({ status: "PERSIAPAN" });
    expect(sop.stepCount).toBeGreaterThan(3);
    const records = recordsOf(sop.pencatatan);
    expect(records.length).toBeGreaterThan(0);
    expect(await generateAuditChecklist(as.auditor, id)).toEqual({ added: expect.any(Number) });
    const list = await items(id);
    const steps = list.filter((i) => i.kind === "LANGKAH_SOP");
    expect(steps).toHaveLength(sop.stepCount);
    expect(new Set(steps.map((s) => s.sopStepNo)).size).toBe(sop.stepCount);
    expect(steps.every((s) => s.sopId === sop.id && s.clauseCode === "8.1" && s.question.includes("apakah dilaksanakan oleh"))).toBe(true);
    expect(list.filter((i) => i.kind === "PENCATATAN")).toHaveLength(records.length);
    const clauseQuestions = await db().isoClause.findMany({ where: { code: { in: ["9.2", "7.5"] } }, select: { questions: true } });
    expect(list.filter((i) => i.kind === "KLAUSUL")).toHaveLength(clauseQuestions.flatMap((c) => c.questions).length);
    const dayasos = await db().unit.findUniqueOrThrow({ where: { code: "ntt.dinsos.dayasos" } });
    expect(list.every((i) => i.unitId === dayasos.id)).toBe(true);
    expect(list.map((i) => i.position)).toEqual(list.map((_, n) => n + 1));
    // Generating again adds nothing and keeps the items.
    expect(await generateAuditChecklist(as.auditor, id)).toEqual({ added: 0 });
    expect(await items(id)).toHaveLength(list.length);
  });

  it("is refused to an unassigned auditor, another role and another agency's auditor, writing nothing", async () => {
    const { id } = await audit({ status: "PERSIAPAN" });
    await refusedWithoutTrace(() => generateAuditChecklist(as.auditor2, id), /Hanya auditor yang ditugaskan/, id);
    await refusedWithoutTrace(() => generateAuditChecklist(as.manajer, id), /tidak berwenang/, id);
    await refusedWithoutTrace(() => generateAuditChecklist(as.kaltimAuditor, id), /Hanya auditor yang ditugaskan/, id);
  });

  it("lets the team add, edit and reorder items, each keeping its SOP step", async () => {
    const { id } = await audit({ status: "PERSIAPAN" });
    await generateAuditChecklist(as.biroAuditor, id); // the cross-agency member works through the team row
    const dayasos = await db().unit.findUniqueOrThrow({ where: { code: "ntt.dinsos.dayasos" } });
    const added = await addChecklistItem(as.auditor, { auditId: id, question: "Apakah register pengaduan diisi setiap hari?", clauseCode: "9.1", unitId: dayasos.id });
    const list = await items(id);
    expect(list.at(-1)).toMatchObject({ id: added.id, kind: "TAMBAHAN", clauseCode: "9.1", position: list.length });
    const step = list.find((i) => i.kind === "LANGKAH_SOP" && i.sopStepNo === 2);
    if (!step) throw new Error("no step 2");
    await updateChecklistItem(as.auditor, { id: step.id, version: step.version, question: "Langkah 2 diperiksa bersama arsip.", clauseCode: "7.5", unitId: dayasos.id });
    const edited = await db().checklistItem.findUniqueOrThrow({ where: { id: step.id } });
    expect(edited).toMatchObject({ question: "Langkah 2 diperiksa bersama arsip.", clauseCode: "7.5", sopId: step.sopId, sopStepNo: 2, version: step.version + 1 });
    await expect(updateChecklistItem(as.auditor, { id: step.id, version: step.version, question: "Lagi", clauseCode: null, unitId: dayasos.id })).rejects.toThrow(/diubah pengguna lain|muat ulang/i);
    await moveChecklistItem(as.auditor, { id: edited.id, version: edited.version, direction: "up" });
    const moved = await db().checklistItem.findUniqueOrThrow({ where: { id: step.id } });
    expect(moved.position).toBe(step.position - 1);
    const lansia = await db().unit.findUniqueOrThrow({ where: { code: "ntt.dinsos.uptd-lansia" } });
    await refusedWithoutTrace(() => addChecklistItem(as.auditor, { auditId: id, question: "Unit di luar audit?", clauseCode: null, unitId: lansia.id }), /unit auditi/, id);
  });
});

describe("answering", () => {
  it("stores an answer with its sample, and a KTS answer raises one finding prefilled from the item", async () => {
    const { id, sop } = await audit();
    await generateAuditChecklist(as.auditor, id);
    const [first, ...rest] = await items(id);
    await answerChecklistItem(as.auditor, answer({ id: first.id, version: first.version, answer: "SESUAI", evidenceNote: "Register tersedia.", samplePopulation: "140 surat masuk", sampleMethod: "acak", sampleSize: 12, sampleItems: "Maret-Mei" }));
    expect(await db().checklistItem.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ answer: "SESUAI", sampleSize: 12, sampleMethod: "acak", answeredById: as.auditor.id, version: first.version + 1 });
    expect(await db().finding.count({ where: { auditId: id } })).toBe(0);

    const step = rest.find((i) => i.kind === "LANGKAH_SOP" && i.sopStepNo === 3);
    if (!step) throw new Error("no step 3");
    const result = await answerChecklistItem(as.biroAuditor, answer({ id: step.id, version: step.version, answer: "KTS_MINOR", evidenceNote: "Notulen rapat persiapan tidak ditandatangani." }));
    const finding = await db().finding.findUniqueOrThrow({ where: { checklistItemId: step.id } });
    expect(result.finding).toEqual({ id: finding.id, number: finding.number });
    expect(finding).toMatchObject({
      source: "AUDIT_INTERNAL", category: "KTS_MINOR", status: "TERBUKA", auditId: id, unitId: step.unitId, sopId: sop.id, sopStepNo: 3,
      clauseCode: "8.1", evidence: "Notulen rapat persiapan tidak ditandatangani.", raisedById: as.biroAuditor.id,
    });

    // A later different category updates that finding (still TERBUKA); no second finding.
    await answerChecklistItem(as.auditor, answer({ id: step.id, version: step.version + 1, answer: "KTS_MAYOR", evidenceNote: "Tidak ada notulen sama sekali." }));
    expect(await db().finding.count({ where: { checklistItemId: step.id } })).toBe(1);
    expect(await db().finding.findUniqueOrThrow({ where: { id: finding.id } })).toMatchObject({ category: "KTS_MAYOR", evidence: "Tidak ada notulen sama sekali." });

    // Turning it back into SESUAI is refused: the finding is withdrawn on its own page.
    await refusedWithoutTrace(() => answerChecklistItem(as.auditor, answer({ id: step.id, version: step.version + 2, answer: "SESUAI" })), /sudah menjadi temuan/, id);

    // Once the auditee has responded, the category no longer changes from the checklist.
    await db().finding.update({ where: { id: finding.id }, data: { status: "DITERIMA" } });
    await refusedWithoutTrace(() => answerChecklistItem(as.auditor, answer({ id: step.id, version: step.version + 2, answer: "OBSERVASI", evidenceNote: "x" })), /sudah ditanggapi auditi/, id);
  });

  it("asks for objective evidence before a KTS or OBSERVASI answer", () => {
    const parsed = answerSchema.safeParse({ id: "x", version: 1, answer: "OBSERVASI", evidenceNote: "  " });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["evidenceNote"], message: expect.stringContaining("bukti objektif") });
  });

  it("is refused to an unassigned auditor, another role, another agency, outside PELAKSANAAN and on a stale version", async () => {
    const { id } = await audit({ status: "PERSIAPAN" });
    await generateAuditChecklist(as.auditor, id);
    const [item] = await items(id);
    const input = answer({ id: item.id, version: item.version, answer: "KTS_MINOR", evidenceNote: "Bukti." });
    await refusedWithoutTrace(() => answerChecklistItem(as.auditor, input), /selama audit berstatus Pelaksanaan/, id);
    await setAuditStatus(db(), id, "PELAKSANAAN");
    await refusedWithoutTrace(() => answerChecklistItem(as.auditor2, input), /Hanya auditor yang ditugaskan/, id);
    await refusedWithoutTrace(() => answerChecklistItem(as.kabid, input), /tidak berwenang/, id);
    await refusedWithoutTrace(() => answerChecklistItem(as.kaltimAuditor, input), /Hanya auditor yang ditugaskan/, id);
    await refusedWithoutTrace(() => answerChecklistItem(as.auditor, { ...input, version: item.version + 5 }), /diubah pengguna lain|muat ulang/i, id);
  });

  it("two auditors answering one item at once: exactly one wins and one finding is raised", async () => {
    const { id } = await audit({ withSop: false });
    await generateAuditChecklist(as.auditor, id);
    const [item] = await items(id);
    const results = await Promise.allSettled([
      answerChecklistItem(as.auditor, answer({ id: item.id, version: item.version, answer: "KTS_MINOR", evidenceNote: "A" })),
      answerChecklistItem(as.biroAuditor, answer({ id: item.id, version: item.version, answer: "OBSERVASI", evidenceNote: "B" })),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db().finding.count({ where: { checklistItemId: item.id } })).toBe(1);
    expect((await db().checklistItem.findUniqueOrThrow({ where: { id: item.id } })).version).toBe(item.version + 1);
  });
});

describe("reading the checklist", () => {
  it("shows the team everything, the auditee their unit's items, another agency nothing", async () => {
    const { id } = await audit();
    await generateAuditChecklist(as.auditor, id);
    const total = (await items(id)).length;
    const team = await getChecklistPage(as.biroAuditor, id);
    expect(team?.items).toHaveLength(total);
    expect(team?.canAnswer).toBe(true);
    const manajer = await getChecklistPage(as.manajer, id);
    expect(manajer?.items).toHaveLength(total);
    expect(manajer?.canAnswer).toBe(false);
    expect((await getChecklistPage(as.kabid, id))?.items).toHaveLength(total);
    expect(await getChecklistPage(as.bpsmb, id)).toBeNull();
    expect(await getChecklistPage(as.kaltimAuditor, id)).toBeNull();
  });
});
