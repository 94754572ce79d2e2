// Access classes on the register's list, detail and download (ISO 9001:2015 7.5.3.1 b): BEBAS for
// everyone signed in, TERBATAS for the owner agency's people (and the province's PEMANTAU),
// RAHASIA for the keepers only. A document the user may not read is "not found" everywhere, and
// readers who do not keep the document see only its revision in force.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "../../../lib/auth/types";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { getDocument, getRevision, listDocuments } from "../../../lib/documents/data";
import { closeTestDatabase } from "../../helpers/database";
import { demoUsers, openDemoDatabase } from "../../helpers/demo-database";

const signedIn = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => signedIn.user }));
const { GET: download } = await import("../../../app/(portal)/documents/[id]/revisions/[revisionNo]/file/route");

let connection: DatabaseConnection;
const as = {} as Record<"arsip" | "manajer" | "kadis" | "pegawai" | "kabid" | "bpsmb" | "biro", SessionUser>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  const opened = await openDemoDatabase(demoUsers("arsip", "manajer", "kadis", "pegawai", "kabid", "bpsmb", "biro"), { objectives: false, documents: true });
  connection = opened.connection;
  Object.assign(as, opened.as);
  for (const d of await connection.prisma.controlledDocument.findMany({ select: { id: true, code: true } })) ids[d.code] = d.id;
}, 120_000);
afterAll(closeTestDatabase);

const BEBAS = "KM/DINSOS/01";
const TERBATAS = "MM/DINSOS/01";
const RAHASIA = "RKM/DINSOS/02";
const KALTIM = "IK/BPSMB/01";

async function listed(user: SessionUser): Promise<string[]> {
  const page = await listDocuments(user, { page: 1 });
  return page.rows.map((r) => r.code);
}

async function downloadStatus(user: SessionUser, code: string, revisionNo: number): Promise<number> {
  signedIn.user = user;
  const response = await download(new Request("http://localhost/"), { params: Promise.resolve({ id: ids[code], revisionNo: String(revisionNo) }) });
  return response.status;
}

const expected: [keyof typeof as, Record<string, boolean>][] = [
  ["pegawai", { [BEBAS]: true, [TERBATAS]: true, [RAHASIA]: false, [KALTIM]: false }],
  ["kabid", { [BEBAS]: true, [TERBATAS]: true, [RAHASIA]: false, [KALTIM]: false }],
  ["bpsmb", { [BEBAS]: true, [TERBATAS]: false, [RAHASIA]: false, [KALTIM]: true }],
  ["biro", { [BEBAS]: true, [TERBATAS]: true, [RAHASIA]: false, [KALTIM]: false }],
  ["arsip", { [BEBAS]: true, [TERBATAS]: true, [RAHASIA]: true, [KALTIM]: false }],
  ["kadis", { [BEBAS]: true, [TERBATAS]: true, [RAHASIA]: true, [KALTIM]: false }],
];

describe("access classes", () => {
  it.each(expected)("%s lists, opens and downloads exactly what the class allows", async (who, allowed) => {
    const user = as[who];
    const codes = await listed(user);
    for (const [code, may] of Object.entries(allowed)) {
      expect(codes.includes(code), `${who} lists ${code}`).toBe(may);
      expect((await getDocument(user, ids[code])) !== null, `${who} opens ${code}`).toBe(may);
      const inForce = code === BEBAS ? 2 : 1;
      expect(await downloadStatus(user, code, inForce), `${who} downloads ${code}`).toBe(may ? 200 : 404);
    }
  });

  it("the list's count agrees with its rows under the access filter", async () => {
    const page = await listDocuments(as.pegawai, { page: 1 });
    expect(page.total).toBe(page.rows.length);
    expect(await listDocuments(as.pegawai, { page: 1, access: "RAHASIA" })).toMatchObject({ total: 0, rows: [] });
  });

  it("filters by search, type, unit and access inside what the user may read", async () => {
    const codes = async (query: Parameters<typeof listDocuments>[1]) => (await listDocuments(as.arsip, query)).rows.map((r) => r.code).sort();
    // The retention demo adds its past-retention record and the 2014 kebijakan mutu (codes …/R0n).
    expect(await codes({ page: 1, type: "REKAMAN" })).toEqual(["RKM/DINSOS/01", "RKM/DINSOS/02", "RKM/DINSOS/R01"]);
    expect(await codes({ page: 1, q: "kebijakan" })).toEqual(["KM/DINSOS/01", "KM/DINSOS/R02"]);
    const dayasos = (await connection.prisma.unit.findUniqueOrThrow({ where: { code: "ntt.dinsos.dayasos" } })).id;
    expect(await codes({ page: 1, unitId: dayasos })).toEqual(["FRM/DINSOS/04", "FRM/DINSOS/R05", "RKM/DINSOS/01", "RKM/DINSOS/02"]);
    expect(await codes({ page: 1, unitId: dayasos, access: "RAHASIA" })).toEqual(["RKM/DINSOS/02"]);
    // The pegawai's same filter never reveals the RAHASIA record.
    expect((await listDocuments(as.pegawai, { page: 1, unitId: dayasos })).rows.map((r) => r.code).sort()).toEqual(["FRM/DINSOS/04", "FRM/DINSOS/R05", "RKM/DINSOS/01"]);
  });

  it("a reader who does not keep the document sees only the revision in force, never a draft or the old one", async () => {
    const detail = await getDocument(as.pegawai, ids[BEBAS]);
    expect(detail?.revisions.map((r) => [r.revisionNo, r.status])).toEqual([[2, "BERLAKU"]]);
    expect(detail?.pending).toBeNull();
    expect(await getRevision(as.pegawai, ids[BEBAS], 1)).toBeNull();
    expect(await downloadStatus(as.pegawai, BEBAS, 1)).toBe(404);
    const form = await getDocument(as.pegawai, ids["FRM/DINSOS/01"]);
    expect(form?.revisions.map((r) => r.status)).toEqual(["BERLAKU"]);
    expect(await downloadStatus(as.biro, "FRM/DINSOS/03", 2)).toBe(404);
  });

  it("a keeper sees the whole history, KADALUARSA included, and the pending revision", async () => {
    const detail = await getDocument(as.arsip, ids[BEBAS]);
    expect(detail?.revisions.map((r) => [r.revisionNo, r.status])).toEqual([[2, "BERLAKU"], [1, "KADALUARSA"]]);
    expect(await downloadStatus(as.arsip, BEBAS, 1)).toBe(200);
    const pending = await getDocument(as.manajer, ids["FRM/DINSOS/02"]);
    expect(pending?.pending).toMatchObject({ status: "DIAJUKAN" });
    expect(pending?.pending?.transitions.map((t) => t.name)).toEqual(["check", "return_check"]);
  });

  it("a signed-out request is told to sign in; a file is served with its detected type", async () => {
    signedIn.user = null;
    const response = await download(new Request("http://localhost/"), { params: Promise.resolve({ id: ids[BEBAS], revisionNo: "2" }) });
    expect(response.status).toBe(401);
    signedIn.user = as.pegawai;
    const ok = await download(new Request("http://localhost/"), { params: Promise.resolve({ id: ids[BEBAS], revisionNo: "2" }) });
    expect(ok.headers.get("content-type")).toMatch(/application\/pdf/);
    expect(new TextDecoder().decode((await ok.arrayBuffer()).slice(0, 5))).toBe("%PDF-");
  });
});
