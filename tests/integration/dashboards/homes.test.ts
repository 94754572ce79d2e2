// The role homes on the demo data: each role's sections, and every figure equal to the count of
// the list it links to (the objectives list, the overview, the detail page's buttons).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../../lib/auth/types";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { getRoleHome } from "../../../lib/dashboards/home-data";
import { OBJECTIVE_STATUSES } from "../../../lib/objectives/constants";
import { getObjective, listObjectives } from "../../../lib/objectives/data";
import { transitionObjective } from "../../../lib/objectives/mutations";
import { getOverview } from "../../../lib/objectives/overview-data";
import { isPeriodExpected, measurementWindow, periodStart } from "../../../lib/objectives/rules";
import { objectiveListQuerySchema } from "../../../lib/objectives/schema";
import { proposeDestruction, transitionDestruction } from "../../../lib/documents/destruction-mutations";
import { listLoans } from "../../../lib/documents/loan-data";
import { loanListQuerySchema } from "../../../lib/documents/loan-schema";
import { listRetention } from "../../../lib/documents/retention-data";
import { dueReviews } from "../../../lib/documents/review-data";
import { closeTestDatabase } from "../../helpers/database";
import { openDemoDatabase } from "../../helpers/demo-database";

let connection: DatabaseConnection;
const as: Record<string, SessionUser> = {};
const TODAY = new Date();
const YEAR = TODAY.getUTCFullYear();

beforeAll(async () => {
  const opened = await openDemoDatabase(
    {
      manajer: "manajer.mutu@dinsos.nttprov.go.id",
      kadis: "kadis@dinsos.nttprov.go.id",
      pegawai: "pegawai@dinsos.nttprov.go.id",
      arsip: "arsip@dinsos.nttprov.go.id",
      biro: "biro.organisasi@nttprov.go.id",
      bpsmb: "mutu@bpsmb.kaltimprov.go.id",
      auditor: "auditor@dinsos.nttprov.go.id",
    },
    { sops: true },
  );
  connection = opened.connection;
  Object.assign(as, opened.as);
}, 240_000);
afterAll(closeTestDatabase);

const list = (user: SessionUser, query: Record<string, string | number>) => listObjectives(user, objectiveListQuerySchema.parse(query), TODAY);

async function overviewFigures(user: SessionUser) {
  const overview = await getOverview(user, { year: YEAR }, TODAY);
  const achieved = overview.byUnit.reduce((n, r) => n + r.achieved, 0);
  const measured = overview.byUnit.reduce((n, r) => n + r.achieved + r.missed, 0);
  return { achieved, measured, late: overview.late, statusCounts: overview.statusCounts };
}

describe("the pimpinan's home", () => {
  it("lists exactly what they may approve now, and only that", async () => {
    const home = await getRoleHome(as.kadis, TODAY);
    expect(home.pimpinan).not.toBeNull();
    expect([home.manajerMutu, home.pegawai, home.pengendaliDokumen, home.pemantau]).toEqual([null, null, null, null]);
    const submitted = await list(as.kadis, { status: "DIAJUKAN", year: YEAR });
    const actionable = [];
    for (const row of submitted.rows) {
      const detail = await getObjective(as.kadis, row.id, TODAY);
      if (detail?.transitions.some((t) => t.name === "approve")) actionable.push(`/objectives/${row.id}`);
    }
    expect(actionable.length).toBeGreaterThan(0);
    expect(home.pimpinan!.approvals.filter((a) => a.kind === "Sasaran mutu").map((a) => a.href).sort()).toEqual(actionable.sort());
    const objectivesAndPolicies = home.pimpinan!.approvals.filter((a) => a.kind !== "Revisi dokumen");
    expect(objectivesAndPolicies.every((a) => a.status.startsWith("Diajukan") || a.status === "Revisi diajukan")).toBe(true);
    // Document revisions checked and waiting for the pimpinan's approval (the seeded FRM/DINSOS/03 revision 2).
    const documents = home.pimpinan!.approvals.filter((a) => a.kind === "Revisi dokumen");
    expect(documents.map((a) => a.title)).toContain("FRM/DINSOS/03 revisi 2 · Daftar Hadir Rapat");
    expect(documents.every((a) => a.status === "Diperiksa, menunggu pengesahan")).toBe(true);
  });

  it("drops an objective from the queue once approved", async () => {
    const before = (await getRoleHome(as.kadis, TODAY)).pimpinan!.approvals;
    const first = before.find((a) => a.kind === "Sasaran mutu")!;
    const id = first.href.split("/").pop()!;
    const o = await connection.prisma.qualityObjective.findUniqueOrThrow({ where: { id } });
    await transitionObjective(as.kadis, { id, version: o.version, transition: "approve", note: null });
    const after = (await getRoleHome(as.kadis, TODAY)).pimpinan!.approvals;
    expect(after.map((a) => a.href)).not.toContain(first.href);
    expect(after.length).toBe(before.length - 1);
  });

  it("gives the agency's figures, each equal to the list it links to", async () => {
    const { figures } = (await getRoleHome(as.kadis, TODAY)).pimpinan!;
    const overview = await overviewFigures(as.kadis);
    expect(figures.measured).toBeGreaterThan(0);
    expect([figures.achieved, figures.measured]).toEqual([overview.achieved, overview.measured]);
    expect(figures.late).toBe(overview.late.length);
    for (const status of OBJECTIVE_STATUSES) {
      expect([status, figures.statusCounts[status]]).toEqual([status, (await list(as.kadis, { status, year: YEAR })).total]);
    }
    expect(figures.percent).toBe(Math.round((overview.achieved / overview.measured) * 1000) / 10);
  });
});

describe("the manajer mutu's home", () => {
  it("shows the late measurements in scope with due dates, as the overview does", async () => {
    const home = await getRoleHome(as.manajer, TODAY);
    expect(home.manajerMutu).not.toBeNull();
    expect(home.pimpinan).toBeNull();
    const overview = await overviewFigures(as.manajer);
    expect(home.manajerMutu!.late.total).toBe(overview.late.length);
    expect(home.manajerMutu!.late.items.map((i) => [i.code, i.periodLabel, i.dueDate.toISOString()])).toEqual(
      overview.late.slice(0, 20).map((l) => [l.code, l.periodLabel, l.dueDate.toISOString()]),
    );
  });

  it("shows the drafts not yet submitted and what came back to fix", async () => {
    const home = await getRoleHome(as.manajer, TODAY);
    const drafts = await list(as.manajer, { status: "DRAF" });
    expect(home.manajerMutu!.drafts.filter((d) => d.kind === "Sasaran mutu").length).toBe(drafts.total);
    expect(drafts.total).toBeGreaterThan(0);
    const returned = await list(as.manajer, { status: "DIKEMBALIKAN" });
    expect(home.manajerMutu!.toFix.filter((d) => d.kind === "Sasaran mutu").length).toBe(returned.total);
    const draft = drafts.rows[0];
    let o = await connection.prisma.qualityObjective.findUniqueOrThrow({ where: { id: draft.id } });
    await transitionObjective(as.manajer, { id: o.id, version: o.version, transition: "submit", note: null });
    o = await connection.prisma.qualityObjective.findUniqueOrThrow({ where: { id: draft.id } });
    await transitionObjective(as.kadis, { id: o.id, version: o.version, transition: "return", note: "Lengkapi sumber data." });
    const after = await getRoleHome(as.manajer, TODAY);
    expect(after.manajerMutu!.toFix.map((i) => i.href)).toContain(`/objectives/${o.id}`);
    expect(after.manajerMutu!.toFix.find((i) => i.href === `/objectives/${o.id}`)?.status).toBe("Dikembalikan");
    expect(after.manajerMutu!.drafts.map((i) => i.href)).not.toContain(`/objectives/${o.id}`);
  });
});

describe("the pegawai's home", () => {
  it("shows the SOPs of their own unit and their own measurements due", async () => {
    const home = await getRoleHome(as.pegawai, TODAY);
    expect(home.pegawai).not.toBeNull();
    const unitSops = await connection.prisma.sop.count({ where: { unitId: as.pegawai.unitId, active: true } });
    expect(home.pegawai!.unitSops.total).toBe(unitSops);
    expect(home.pegawai!.unitSops.items.every((s) => s.unitName === as.pegawai.unitName)).toBe(true);
    // Their own objectives in force: every started, expected and unmeasured period, as the detail page reads it.
    const own = await connection.prisma.qualityObjective.findMany({ where: { ownerId: as.pegawai.id, status: "DISETUJUI" }, select: { id: true } });
    const expected: string[] = [];
    let late = 0;
    for (const { id } of own) {
      const d = (await getObjective(as.pegawai, id, TODAY))!;
      for (const p of d.periods) {
        const awaited = !p.measurement && periodStart(d.year, d.frequency, p.period) <= TODAY && isPeriodExpected(d.year, d.frequency, p.period, measurementWindow(d));
        if (awaited) expected.push(`${d.code} ${p.label} ${d.year}${p.late ? " terlambat" : ""}`);
        if (p.late) late++;
      }
    }
    const shown = home.pegawai!.measurements.map((m) => `${m.code} ${m.periodLabel}${m.late ? " terlambat" : ""}`);
    expect(shown.sort()).toEqual(expected.sort());
    expect(home.pegawai!.measurements.filter((m) => m.late).length).toBe(late);
  });

  it("gives a user with several roles the sections of each (auditor + pegawai)", async () => {
    const home = await getRoleHome(as.auditor, TODAY);
    expect(home.pegawai).not.toBeNull();
  });
});

describe("the pengendali dokumen's home", () => {
  it("shows the agency's recently revised SOPs, newest first, and no invented queue", async () => {
    const home = await getRoleHome(as.arsip, TODAY);
    expect(home.pengendaliDokumen?.agencyName).toBe("Dinas Sosial Provinsi Nusa Tenggara Timur");
    const sops = home.pengendaliDokumen!.recentSops;
    expect(sops.length).toBeGreaterThan(0);
    const times = sops.map((s) => s.updatedAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
});

describe("the archive's queues", () => {
  it("gives the pengendali dokumen the loan requests and overdue loans of the loan register, and the due reviews' count", async () => {
    const home = await getRoleHome(as.arsip, TODAY);
    const loans = async (query: Record<string, string>) => (await listLoans(as.arsip, loanListQuerySchema.parse(query), TODAY)).rows.map((r) => `/documents/loans/${r.id}`);
    const expected = [...(await loans({ status: "DIAJUKAN" })), ...(await loans({ overdue: "1" }))];
    expect(expected.length).toBeGreaterThan(1);
    expect(home.pengendaliDokumen!.archive.map((i) => i.href).sort()).toEqual(expected.sort());
    const due = await dueReviews(as.arsip, { page: 1 }, TODAY);
    expect(due.total).toBeGreaterThan(0);
    expect(home.pengendaliDokumen!.reviewsDue).toBe(due.total);
  });

  it("puts a submitted Berita Acara Pemusnahan on the pimpinan's approvals, and on nobody else's", async () => {
    const dinsos = await connection.prisma.unit.findUniqueOrThrow({ where: { code: "ntt.dinsos" }, select: { id: true } });
    const candidates = await listRetention(as.arsip, { tab: "musnah", unitId: undefined, page: 1 }, TODAY);
    const { id, number } = await proposeDestruction(as.arsip, { agencyId: dinsos.id, documentIds: [candidates.rows[0].id], note: null });
    const ba = await connection.prisma.documentDestruction.findUniqueOrThrow({ where: { id } });
    await transitionDestruction(as.arsip, { id, version: ba.version, transition: "submit", note: null });
    const queued = (user: SessionUser) => getRoleHome(user, TODAY).then((h) => h.pimpinan?.approvals.filter((a) => a.kind === "Usulan pemusnahan") ?? []);
    expect((await queued(as.kadis)).map((a) => [a.title, a.href])).toEqual([[`${number} · 1 dokumen`, `/documents/retention/destructions/${id}`]]);
    expect(await queued(as.biro)).toEqual([]);
  });
});

describe("the document checkers' home", () => {
  it("lists the revisions waiting for their check, never one they wrote", async () => {
    const manajer = await getRoleHome(as.manajer, TODAY);
    expect(manajer.documentChecks?.map((a) => a.title)).toContain("FRM/DINSOS/02 revisi 1 · Formulir Pengaduan Masyarakat");
    // The seeded revisions were written by the pengendali dokumen, who may not check them.
    expect((await getRoleHome(as.arsip, TODAY)).documentChecks).toEqual([]);
    expect((await getRoleHome(as.kadis, TODAY)).documentChecks).toBeNull();
  });
});

describe("the pemantau's home", () => {
  it("compares the province's agencies, each figure equal to that agency's overview", async () => {
    const home = await getRoleHome(as.biro, TODAY);
    expect(home.pimpinan).not.toBeNull(); // also pimpinan of the Biro
    const agencies = home.pemantau!.agencies;
    expect(agencies.length).toBeGreaterThan(1);
    for (const a of agencies) {
      const overview = await getOverview(as.biro, { year: YEAR, unitId: a.agencyId }, TODAY);
      const achieved = overview.byUnit.reduce((n, r) => n + r.achieved, 0);
      const measured = overview.byUnit.reduce((n, r) => n + r.achieved + r.missed, 0);
      expect([a.agencyName, a.achieved, a.measured, a.late]).toEqual([a.agencyName, achieved, measured, overview.late.length]);
    }
    expect(agencies.some((a) => a.measured > 0)).toBe(true);
    // Kalimantan Timur is outside the NTT grant.
    expect(agencies.map((a) => a.agencyName).join()).not.toMatch(/Kalimantan/);
  });
});
