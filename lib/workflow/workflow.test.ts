import { describe, expect, it } from "vitest";
import type { SessionUser } from "../auth/types";
import { OBJECTIVE_REVISION_WORKFLOW, OBJECTIVE_WORKFLOW, POLICY_WORKFLOW, type ObjectiveRecord } from "../objectives/workflow";
import { allowedTransitions, refusalOf } from "./allowed";
import { transitionSchema } from "./schema";

const AGENCY = "/prov/dinsos/";
const UNIT = "/prov/dinsos/bidang/";

function user(id: string, grants: [SessionUser["grants"][number]["role"], string | null][]): SessionUser {
  return {
    id, name: id, nip: null, email: null, unitId: "u", unitName: "Unit", unitPath: UNIT, mustChangePassword: false,
    grants: grants.map(([role, unitPath]) => ({ role, unitPath, unitId: unitPath, unitName: null })),
  };
}

const manajer = user("manajer", [["MANAJER_MUTU", AGENCY]]);
const kadis = user("kadis", [["PIMPINAN", AGENCY]]);
const otherKadis = user("other", [["PIMPINAN", "/prov/kaltim/"]]);
const pemantau = user("pemantau", [["PEMANTAU", "/prov/"]]);
const oneManOffice = user("solo", [["PIMPINAN", AGENCY], ["MANAJER_MUTU", AGENCY]]);

const objective = (status: ObjectiveRecord["status"], extra: Partial<ObjectiveRecord> = {}): ObjectiveRecord => ({
  id: "o1", version: 3, status, unitPath: UNIT, submittedById: "manajer", lastEditedById: "manajer", selfApprovalAllowed: false, ...extra,
});
const names = (u: SessionUser, r: ObjectiveRecord) => allowedTransitions(OBJECTIVE_WORKFLOW, u, r).map((t) => t.name);

describe("allowedTransitions", () => {
  it("offers each role exactly the transitions of the record's state", () => {
    expect(names(manajer, objective("DRAF"))).toEqual(["submit"]);
    expect(names(kadis, objective("DRAF"))).toEqual([]);
    expect(names(kadis, objective("DIAJUKAN"))).toEqual(["approve", "return"]);
    expect(names(manajer, objective("DIAJUKAN"))).toEqual([]);
    expect(names(manajer, objective("DISETUJUI"))).toEqual(["close"]);
    expect(names(kadis, objective("DITUTUP"))).toEqual([]);
  });

  it("offers nothing outside the role's units, and nothing to a read-only role", () => {
    expect(names(otherKadis, objective("DIAJUKAN"))).toEqual([]);
    expect(names(pemantau, objective("DIAJUKAN"))).toEqual([]);
    expect(names(pemantau, objective("DRAF"))).toEqual([]);
  });

  it("hides approval from the person who submitted or last edited, unless the agency allows it", () => {
    const own = objective("DIAJUKAN", { submittedById: "solo", lastEditedById: "solo" });
    expect(names(oneManOffice, own)).toEqual(["return"]);
    expect(names(oneManOffice, { ...own, submittedById: "x" })).toEqual(["return"]);
    expect(names(oneManOffice, { ...own, selfApprovalAllowed: true })).toEqual(["approve", "return"]);
  });

  it("carries what the buttons need: label, tone, confirmation, note", () => {
    const [approve, ret] = allowedTransitions(OBJECTIVE_WORKFLOW, kadis, objective("DIAJUKAN"));
    expect(approve).toMatchObject({ label: "Setujui", tone: "primary", note: null, confirm: { title: "Setujui sasaran mutu?" } });
    expect(ret).toMatchObject({ label: "Kembalikan", tone: "secondary", note: { required: "Tuliskan catatan pengembalian." } });
  });
});

describe("refusalOf", () => {
  it("names the reason a transition is refused", () => {
    const spec = OBJECTIVE_WORKFLOW.transitions.approve;
    expect(refusalOf(OBJECTIVE_WORKFLOW, spec, manajer, objective("DIAJUKAN"))).toMatchObject({ reason: "FORBIDDEN" });
    expect(refusalOf(OBJECTIVE_WORKFLOW, spec, kadis, objective("DRAF"))).toEqual({
      reason: "RULE", message: "Sasaran mutu berstatus Draf tidak dapat di-setujui.",
    });
    expect(refusalOf(OBJECTIVE_WORKFLOW, spec, kadis, objective("DIAJUKAN"))).toBeNull();
    expect(refusalOf(OBJECTIVE_WORKFLOW, spec, oneManOffice, objective("DIAJUKAN", { submittedById: "solo" }))?.message).toMatch(/tidak dapat menyetujuinya sendiri/);
  });
});

describe("the approval workflows share one shape", () => {
  it("gives objectives, their revisions and policies the same submit / approve / return", () => {
    for (const wf of [OBJECTIVE_WORKFLOW, OBJECTIVE_REVISION_WORKFLOW, POLICY_WORKFLOW]) {
      const t = wf.transitions as Record<string, { from: readonly string[]; to: string }>;
      expect([t.submit.from, t.submit.to]).toEqual([["DRAF", "DIKEMBALIKAN"], "DIAJUKAN"]);
      expect([t.approve.from, t.approve.to]).toEqual([["DIAJUKAN"], "DISETUJUI"]);
      expect([t.return.from, t.return.to]).toEqual([["DIAJUKAN"], "DIKEMBALIKAN"]);
    }
    expect(Object.keys(OBJECTIVE_REVISION_WORKFLOW.transitions)).toContain("discard");
  });

  it("writes who submitted and who approved", () => {
    const now = new Date("2026-11-28T00:00:00Z");
    const ctx = { user: kadis, record: objective("DIAJUKAN"), note: null, now };
    expect(OBJECTIVE_WORKFLOW.transitions.submit.writes?.({ ...ctx, user: manajer })).toEqual({ submittedAt: now, submittedById: "manajer", returnNote: null });
    expect(OBJECTIVE_WORKFLOW.transitions.approve.writes?.(ctx)).toEqual({ approvedAt: now, approvedById: "kadis", approvedBy: "kadis", returnNote: null });
    expect(OBJECTIVE_WORKFLOW.transitions.return.writes?.({ ...ctx, note: "Perbaiki." })).toEqual({ returnNote: "Perbaiki." });
  });
});

describe("approvalTransitions", () => {
  it("gives every approval record the same words, tones and notes", () => {
    const t = OBJECTIVE_REVISION_WORKFLOW.transitions;
    expect(POLICY_WORKFLOW.transitions.submit.label).toBe("Ajukan");
    expect(POLICY_WORKFLOW.transitions.approve.label).toBe("Sahkan");
    expect(POLICY_WORKFLOW.transitions.return.label).toBe("Kembalikan");
    expect(POLICY_WORKFLOW.transitions.discard.label).toBe("Batalkan draf");
    expect(t.return.note).toEqual({ label: "Catatan", hint: "Apa yang perlu diperbaiki.", required: "Tuliskan catatan pengembalian." });
    expect([t.discard.from, t.discard.to, t.discard.tone, t.discard.permission]).toEqual([["DRAF", "DIKEMBALIKAN"], "DIBATALKAN", "danger", "objective.manage"]);
    expect([t.return.tone, t.approve.tone ?? "primary"]).toEqual(["secondary", "primary"]);
    expect(t.discard.writes).toBeUndefined();
  });

  it("falls back to a generic discard confirmation", () => {
    const discard = (OBJECTIVE_WORKFLOW.transitions as unknown as Record<string, unknown>).discard;
    expect(discard).toBeUndefined();
    const policyDiscard = POLICY_WORKFLOW.transitions.discard.confirm;
    expect(policyDiscard.title).toBe("Batalkan draf kebijakan mutu?");
  });
});

describe("refusals as values", () => {
  it("name FORBIDDEN with the Indonesian message, and a record rule's refusal as FORBIDDEN too", () => {
    const spec = OBJECTIVE_WORKFLOW.transitions.approve;
    expect(refusalOf(OBJECTIVE_WORKFLOW, spec, pemantau, objective("DIAJUKAN"))).toEqual({ reason: "FORBIDDEN", message: "Anda tidak berwenang melakukan tindakan ini." });
    expect(refusalOf(OBJECTIVE_WORKFLOW, spec, oneManOffice, objective("DIAJUKAN", { submittedById: "solo" }))?.reason).toBe("FORBIDDEN");
  });
});

describe("transitionSchema", () => {
  const schema = transitionSchema(OBJECTIVE_WORKFLOW);

  it("requires the note a transition asks for, in Indonesian", () => {
    const result = schema.safeParse({ id: "o1", version: 2, transition: "close", note: "  " });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(["Tuliskan alasan penutupan."]);
    expect(schema.parse({ id: "o1", version: 2, transition: "approve" })).toEqual({ id: "o1", version: 2, transition: "approve", note: null });
  });

  it("puts a missing note on the note field, trims, and limits it", () => {
    const issue = schema.safeParse({ id: "o1", version: 2, transition: "return" }).error?.issues[0];
    expect([issue?.code, issue?.path]).toEqual(["custom", ["note"]]);
    expect(schema.parse({ id: "  o1  ", version: 2, transition: "return", note: "  Perbaiki.  " })).toMatchObject({ id: "o1", note: "Perbaiki." });
    expect(schema.safeParse({ id: "   ", version: 2, transition: "submit" }).error?.issues[0].message).toBe("Data tidak dikenal.");
    expect(schema.safeParse({ id: "o1", version: 2, transition: "return", note: "x".repeat(1001) }).error?.issues[0].message).toBe("Maksimal 1000 karakter.");
  });

  it("refuses transitions the workflow does not define, and a missing version", () => {
    expect(schema.safeParse({ id: "o1", version: 2, transition: "discard" }).error?.issues[0].message).toBe("Tindakan tidak dikenal.");
    expect(schema.safeParse({ id: "o1", transition: "submit" }).error?.issues[0].message).toBe("Versi data tidak dikenal; muat ulang halaman.");
  });
});
