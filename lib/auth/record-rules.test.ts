import { describe, expect, it } from "vitest";
import { independentApprover, mayMeasureObjective } from "./record-rules";
import type { SessionUser } from "./types";

const UNIT = "/ntt/dinsos/bidang/";
function user(id: string, grants: [SessionUser["grants"][number]["role"], string | null][]): SessionUser {
  return {
    id, name: id, nip: null, email: null, unitId: "u", unitName: "Unit", unitPath: UNIT, mustChangePassword: false,
    grants: grants.map(([role, unitPath]) => ({ role, unitPath, unitId: unitPath, unitName: null })),
  };
}

describe("who measures an objective", () => {
  it("is its PIC, or a manajer mutu over its unit, and nobody else", () => {
    const objective = { ownerId: "pic", unitPath: UNIT };
    expect(mayMeasureObjective(user("pic", [["PEGAWAI", "/elsewhere/"]]), objective)).toBe(true);
    expect(mayMeasureObjective(user("mm", [["MANAJER_MUTU", "/ntt/dinsos/"]]), objective)).toBe(true);
    expect(mayMeasureObjective(user("mm2", [["MANAJER_MUTU", "/ntt/biro/"]]), objective)).toBe(false);
    expect(mayMeasureObjective(user("kabid", [["AUDITEE", UNIT]]), objective)).toBe(false);
  });
});

describe("separation of duties", () => {
  const kadis = user("kadis", [["PIMPINAN", "/ntt/dinsos/"]]);

  it("lets anyone but the submitter and the last editor approve", () => {
    expect(independentApprover(kadis, { submittedById: "mm", lastEditedById: "mm", selfApprovalAllowed: false })).toBeNull();
    expect(independentApprover(kadis, { submittedById: "kadis", lastEditedById: "mm", selfApprovalAllowed: false })).toMatchObject({ refuse: expect.stringMatching(/sendiri/) });
    expect(independentApprover(kadis, { submittedById: "mm", lastEditedById: "kadis", selfApprovalAllowed: false })).toMatchObject({ refuse: expect.stringMatching(/sendiri/) });
  });

  it("allows a one-person office, with a remark for the history", () => {
    expect(independentApprover(kadis, { submittedById: "kadis", lastEditedById: "kadis", selfApprovalAllowed: true })).toEqual({
      remark: "Disetujui oleh pengaju/penyunting sendiri (diizinkan pengaturan Perangkat Daerah).",
    });
  });
});
