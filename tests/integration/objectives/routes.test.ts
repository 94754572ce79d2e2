// The route handlers of sasaran mutu (evidence download, export) and the change-history gate, each
// called for real with a chosen signed-in user: what they return and what they refuse.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "../../../lib/auth/types";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { listRecordActivity } from "../../../lib/activity/data";
import { OBJECTIVES_PAGE_SIZE } from "../../../lib/objectives/constants";
import { recordMeasurement } from "../../../lib/objectives/measurement-mutations";
import { createObjective } from "../../../lib/objectives/mutations";
import { closeTestDatabase } from "../../helpers/database";
import { openDemoDatabase } from "../../helpers/demo-database";

const signedIn = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => signedIn.user }));

const { GET: downloadEvidence } = await import("../../../app/(portal)/objectives/evidence/[id]/route");
const { GET: exportObjectives } = await import("../../../app/(portal)/objectives/export/route");

let connection: DatabaseConnection;
const as: Record<string, SessionUser> = {};
let evidenceId: string;
let objectiveId: string;
let unitPath: string;

beforeAll(async () => {
  const opened = await openDemoDatabase({
    manajer: "manajer.mutu@dinsos.nttprov.go.id",
    pegawai: "pegawai@dinsos.nttprov.go.id",
    kabid: "kabid.dayasos@dinsos.nttprov.go.id",
    bpsmb: "mutu@bpsmb.kaltimprov.go.id",
    biro: "biro.organisasi@nttprov.go.id",
  });
  connection = opened.connection;
  Object.assign(as, opened.as);
  const objective = await connection.prisma.qualityObjective.findFirstOrThrow({
    where: { status: "DISETUJUI", ownerId: as.pegawai.id, year: 2026 },
    select: { id: true, unit: { select: { path: true } }, measurements: { select: { period: true } } },
  });
  objectiveId = objective.id;
  unitPath = objective.unit.path;
  const free = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].find((p) => !objective.measurements.some((m) => m.period === p))!;
  await recordMeasurement(
    as.pegawai,
    { objectiveId, period: free, version: null, value: 99, note: null, analysis: null, evidenceUrl: null },
    { name: "rekap.pdf", type: "application/pdf", bytes: new TextEncoder().encode("%PDF-1.4 rekap") },
    new Date("2026-11-23T08:00:00Z"),
  );
  evidenceId = (await connection.prisma.objectiveMeasurement.findFirstOrThrow({ where: { objectiveId, period: free } })).evidenceId!;
}, 120_000);
afterAll(closeTestDatabase);

const evidence = (id: string) => downloadEvidence(new Request(`http://localhost/objectives/evidence/${id}`), { params: Promise.resolve({ id }) });
const exported = (query: string) => {
  const url = new URL(`http://localhost/objectives/export?${query}`);
  return exportObjectives(Object.assign(new Request(url), { nextUrl: url }) as never);
};

describe("the evidence download", () => {
  it("gives the file to the PIC and the manajer mutu, as an attachment that is never sniffed", async () => {
    for (const user of [as.pegawai, as.manajer]) {
      signedIn.user = user;
      const response = await evidence(evidenceId);
      expect(response.status).toBe(200);
      expect(new TextDecoder().decode(await response.arrayBuffer())).toBe("%PDF-1.4 rekap");
      expect(response.headers.get("content-disposition")).toBe("attachment; filename*=UTF-8''rekap.pdf");
      expect(response.headers.get("content-type")).toBe("application/pdf");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    }
  });

  it("answers 404 to another agency, and 401 to nobody", async () => {
    signedIn.user = as.bpsmb;
    expect((await evidence(evidenceId)).status).toBe(404);
    signedIn.user = null;
    expect((await evidence(evidenceId)).status).toBe(401);
  });
});

describe("the export", () => {
  it("exports only what the reader may read, one row per period", async () => {
    signedIn.user = as.kabid;
    const csv = await (await exported("format=csv&year=2026")).text();
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toContain("Tahun;Kode;Unit");
    const units = new Set(lines.slice(1).map((l) => l.split(";")[2]));
    expect([...units]).toEqual(["Bidang Pemberdayaan Sosial"]);
  });

  it("exports every page of a long list, not just the first", async () => {
    const unit = await connection.prisma.unit.findUniqueOrThrow({ where: { code: "ntt.dinsos.sekretariat.kepum" }, select: { id: true } });
    for (let i = 1; i <= OBJECTIVES_PAGE_SIZE; i++) {
      await createObjective(as.manajer, {
        unitId: unit.id, year: 2027, code: `EXP-${i}`, statement: "Sasaran untuk menguji ekspor banyak halaman.", perspective: "PELANGGAN",
        indicator: "Indikator uji", formula: null, measureUnit: "%", direction: "MINIMAL", target: 90, targetLow: null, targetHigh: null,
        baseline: null, valueMin: null, valueMax: null, frequency: "TAHUNAN", ownerId: as.pegawai.id, dataSource: "Uji", processes: null, sopIds: [], policyId: null, commitmentNo: null,
      });
    }
    signedIn.user = as.manajer;
    const csv = await (await exported("format=csv")).text();
    const objectives = new Set(csv.trim().split("\r\n").slice(1).map((l) => l.split(";").slice(0, 3).join(";")));
    const dinsos = await connection.prisma.unit.findUniqueOrThrow({ where: { code: "ntt.dinsos" }, select: { path: true } });
    const readable = await connection.prisma.qualityObjective.count({ where: { unit: { path: { startsWith: dinsos.path } } } });
    expect(readable).toBeGreaterThan(OBJECTIVES_PAGE_SIZE);
    expect(objectives.size).toBe(readable);
  });

  it("refuses an unknown format and a reader without the permission", async () => {
    signedIn.user = as.manajer;
    expect((await exported("format=pdf")).status).toBe(400);
    const xlsx = await exported("format=xlsx&year=2026");
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
    expect(new Uint8Array(await xlsx.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b])); // a zip
    signedIn.user = null;
    expect((await exported("format=csv")).status).toBe(401);
  });
});

describe("the change history", () => {
  it("is shown to the manajer mutu and the province reader, never to a pegawai or another agency", async () => {
    expect((await listRecordActivity(as.manajer, "objective", objectiveId, unitPath)).length).toBeGreaterThan(0);
    expect((await listRecordActivity(as.biro, "objective", objectiveId, unitPath)).length).toBeGreaterThan(0);
    await expect(listRecordActivity(as.pegawai, "objective", objectiveId, unitPath)).rejects.toThrow(/tidak berwenang/);
    await expect(listRecordActivity(as.bpsmb, "objective", objectiveId, unitPath)).rejects.toThrow(/tidak berwenang/);
  });
});
