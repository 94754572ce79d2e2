// The SKM server actions called for real with a chosen signed-in user: what the form gets back
// (field errors placed on the element that is wrong, refusals in Indonesian), and that a refused
// call writes nothing.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "../../../lib/auth/types";
import type { DatabaseConnection } from "../../../lib/db/connection";
import type { SurveyFormInput } from "../../../lib/satisfaction/schema";
import { closeTestDatabase } from "../../helpers/database";
import { openDemoDatabase } from "../../helpers/demo-database";
import { unitId } from "../../helpers/users";

const session = vi.hoisted(() => ({ current: null as SessionUser | null }));
vi.mock("../../../lib/auth/session", () => ({ getCurrentUser: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { createSurveyAction, updateSurveyAction } = await import("../../../lib/satisfaction/actions");

let connection: DatabaseConnection;
const as = {} as Record<"manajer" | "kadis" | "kaltim", SessionUser>;
const db = () => connection.prisma;
let keuangan: string;

beforeAll(async () => {
  const opened = await openDemoDatabase(
    { manajer: "manajer.mutu@dinsos.nttprov.go.id", kadis: "kadis@dinsos.nttprov.go.id", kaltim: "mutu@bpsmb.kaltimprov.go.id" },
    { objectives: false },
  );
  connection = opened.connection;
  Object.assign(as, opened.as);
  keuangan = await unitId(db(), "ntt.dinsos.sekretariat.keuangan");
}, 120_000);
afterAll(closeTestDatabase);

/** The form's values as the browser sends them (strings from the fields). */
const form = (overrides: Record<string, unknown> = {}): SurveyFormInput => ({
  unitId: keuangan, year: "2026", periodType: "SEMESTER", periodNo: "1", entryMode: "NRR", respondents: "30",
  elements: Array.from({ length: 9 }, () => ({ nrr: "3,4", count1: "", count2: "", count3: "", count4: "" })),
  complaintsReceived: "2", complaintsResolved: "1", note: "",
  ...overrides,
}) as SurveyFormInput;

const state = async () => ({ surveys: await db().satisfactionSurvey.count(), activity: await db().activity.count() });

describe("the SKM actions", () => {
  it("save a survey typed the Indonesian way", async () => {
    session.current = as.manajer;
    const result = await createSurveyAction(form());
    expect(result.ok).toBe(true);
    const id = result.ok ? result.data.id : "";
    const row = await db().satisfactionSurvey.findUniqueOrThrow({ where: { id }, select: { ikm: true, category: true } });
    expect(Number(row.ikm)).toBe(85);
    expect(row.category).toBe("B");
  });

  it("place errors on the element and the field that are wrong, writing nothing", async () => {
    session.current = as.manajer;
    const before = await state();
    const elements = form().elements.map((e, i) => (i === 2 ? { ...e, nrr: "4,5" } : e));
    const result = await createSurveyAction(form({ elements, periodType: "TAHUNAN", periodNo: "2", complaintsResolved: "3" }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe("INVALID");
    expect(result.fieldErrors?.["elements.2.nrr"]).toEqual(["NRR antara 1 dan 4."]);
    expect(result.fieldErrors?.periodNo).toEqual(["Periode ini tidak ada pada jenis periode yang dipilih."]);
    expect(result.fieldErrors?.complaintsResolved).toEqual(["Tidak boleh melebihi jumlah pengaduan yang diterima."]);
    const counts = Array.from({ length: 9 }, () => ({ nrr: "", count1: "0", count2: "0", count3: "20", count4: "20" }));
    const tooMany = await createSurveyAction(form({ entryMode: "RESPONDEN", elements: counts }));
    expect(tooMany.ok).toBe(false);
    if (!tooMany.ok) expect(tooMany.fieldErrors?.["elements.0.count4"]).toEqual(["Jumlah jawaban (40) melebihi jumlah responden."]);
    expect(await state()).toEqual(before);
  });

  it("refuse the wrong role and another agency, and a stale edit, in Indonesian and writing nothing", async () => {
    for (const user of [as.kadis, as.kaltim]) {
      session.current = user;
      const before = await state();
      const result = await createSurveyAction(form({ periodNo: "2" }));
      expect(result).toMatchObject({ ok: false, reason: "FORBIDDEN", message: "Anda tidak berwenang melakukan tindakan ini." });
      expect(await state()).toEqual(before);
    }
    session.current = as.manajer;
    const survey = await db().satisfactionSurvey.findFirstOrThrow({ where: { unitId: keuangan, year: 2026, periodType: "SEMESTER", periodNo: 1 }, select: { id: true } });
    const saved = await updateSurveyAction({ id: survey.id, version: 1, values: form({ complaintsResolved: "2" }) });
    expect(saved.ok).toBe(true);
    const stale = await updateSurveyAction({ id: survey.id, version: 1, values: form({ complaintsResolved: "0" }) });
    expect(stale).toMatchObject({ ok: false, reason: "STALE" });
    const duplicate = await createSurveyAction(form());
    expect(duplicate).toMatchObject({ ok: false, reason: "CONFLICT" });
    if (!duplicate.ok) expect(duplicate.fieldErrors?.periodNo).toEqual([duplicate.message]);
  });

  it("tell a signed-out visitor to sign in again", async () => {
    session.current = null;
    expect(await createSurveyAction(form())).toMatchObject({ ok: false, reason: "UNAUTHENTICATED" });
  });
});
