// The authorization matrix: every role x every permission x the record's place, against `can`.
// The expected roles are written out here, not read from PERMISSIONS, so that a change to the
// table (a role added or dropped) has to be made twice, on purpose.
import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, type Permission } from "./permissions";
import { ROLES, type Role } from "./roles";
import type { SessionUser } from "./types";

const ALL: Role[] = ["ADMIN", "MANAJER_MUTU", "AUDITOR", "AUDITEE", "PIMPINAN", "PENGENDALI_DOKUMEN", "PEGAWAI", "PEMANTAU"];
// PEMANTAU (the read-only province role) reads what the QMS roles read and changes nothing.
const QMS: Role[] = ["MANAJER_MUTU", "AUDITOR", "AUDITEE", "PIMPINAN", "PEMANTAU"];

const EXPECTED: Record<Permission, Role[]> = {
  "admin.access": ["ADMIN"],
  "unit.read": ["ADMIN"],
  "unit.manage": ["ADMIN"],
  "user.read": ["ADMIN"],
  "user.manage": ["ADMIN"],
  "role.grant": ["ADMIN"],
  "activity.read": ["ADMIN", "MANAJER_MUTU", "PIMPINAN", "PEMANTAU"],
  "dashboard.read": ALL,
  "dashboard.province.read": ["PEMANTAU"],
  "sop.read": ALL,
  "sop.manage": ["MANAJER_MUTU"],
  "objective.read": [...QMS, "PEGAWAI", "PENGENDALI_DOKUMEN"],
  "objective.manage": ["MANAJER_MUTU", "AUDITEE"],
  "objective.approve": ["PIMPINAN"],
  "objective.close": ["MANAJER_MUTU", "PIMPINAN"],
  "objective.measure": ["MANAJER_MUTU"],
  "policy.manage": ["MANAJER_MUTU"],
  "policy.approve": ["PIMPINAN"],
  "audit.read": QMS,
  "audit.manage": ["MANAJER_MUTU"],
  "finding.read": QMS,
  "audit.checklist": ["AUDITOR"],
  "audit.report.write": ["AUDITOR"],
  "audit.report.acknowledge": ["AUDITEE"],
  "audit.report.receive": ["PIMPINAN"],
  "finding.raise": ["MANAJER_MUTU", "AUDITOR"],
  "finding.respond": ["AUDITEE"],
  "finding.decide": ["MANAJER_MUTU", "AUDITOR"],
  "corrective_action.read": QMS,
  "corrective_action.plan": ["AUDITEE"],
  "corrective_action.approve": ["MANAJER_MUTU", "AUDITOR"],
  "corrective_action.verify": ["AUDITOR", "MANAJER_MUTU"],
  "corrective_action.settings": ["MANAJER_MUTU"],
  "management_review.read": ["MANAJER_MUTU", "PIMPINAN", "PEMANTAU"],
  "management_review.manage": ["MANAJER_MUTU"],
  "management_review.initial": ["MANAJER_MUTU", "AUDITOR", "AUDITEE", "PIMPINAN", "PENGENDALI_DOKUMEN", "PEGAWAI"],
  "management_review.sign": ["PIMPINAN"],
  "satisfaction.read": QMS,
  "satisfaction.manage": ["MANAJER_MUTU", "AUDITEE"],
  "document.read": ALL,
  "document.manage": ["PENGENDALI_DOKUMEN", "MANAJER_MUTU"],
  "document.check": ["PENGENDALI_DOKUMEN", "MANAJER_MUTU"],
  "document.approve": ["PIMPINAN", "MANAJER_MUTU"],
  "document.settings": ["MANAJER_MUTU"],
  "document.destruction.approve": ["PIMPINAN"],
  "archive.loan.request": ["MANAJER_MUTU", "AUDITOR", "AUDITEE", "PIMPINAN", "PENGENDALI_DOKUMEN", "PEGAWAI"],
  "archive.loan.manage": ["PENGENDALI_DOKUMEN"],
  "notification.outbox.read": ["ADMIN"],
  "notification.outbox.manage": ["ADMIN"],
  "audit_programme.manage": ["MANAJER_MUTU"],
  "audit_programme.approve": ["PIMPINAN"],
  "auditor_competence.manage": ["MANAJER_MUTU"],
  "auditor_pool.read": ["MANAJER_MUTU", "PIMPINAN", "PEMANTAU"],
};

// The user's grant is on UNIT (Bidang Rehsos of Dinas Sosial NTT).
const UNIT = "/ntt/dinsos/rehsos/";
const PLACES = {
  "own unit": { path: UNIT, covered: true },
  "a sub-unit": { path: "/ntt/dinsos/rehsos/seksi-a/", covered: true },
  "a sibling unit": { path: "/ntt/dinsos/dayasos/", covered: false },
  "a sibling sharing the prefix": { path: "/ntt/dinsos/rehsos-lama/", covered: false },
  "the parent": { path: "/ntt/dinsos/", covered: false },
  "another agency": { path: "/ntt/biro/", covered: false },
  "another province": { path: "/kaltim/bpsmb/", covered: false },
} as const;

function userWith(role: Role, unitPath: string | null, extra: Partial<SessionUser> = {}): SessionUser {
  return {
    id: "u", name: "U", nip: null, email: null, unitId: "rehsos", unitName: "Rehsos", unitPath: UNIT, mustChangePassword: false,
    grants: [{ role, unitId: unitPath, unitPath, unitName: unitPath }],
    ...extra,
  };
}

const cases = ROLES.flatMap((role) =>
  (Object.keys(EXPECTED) as Permission[]).map((permission) => ({ role, permission, holds: EXPECTED[permission].includes(role) })),
);

describe("the authorization matrix", () => {
  it("names every permission of the table", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(PERMISSIONS).sort());
  });

  describe.each(cases)("$role / $permission", ({ role, permission, holds }) => {
    it.each(Object.entries(PLACES))("on %s, with the role granted on the unit", (_place, { path, covered }) => {
      expect(can(userWith(role, UNIT), permission, { unitPath: path })).toBe(holds && covered);
    });

    it("anywhere, with the role granted portal-wide", () => {
      const user = userWith(role, null);
      for (const { path } of Object.values(PLACES)) expect(can(user, permission, { unitPath: path })).toBe(holds);
      expect(can(user, permission, { unitPath: "/" })).toBe(holds);
      expect(can(user, permission)).toBe(holds);
    });

    it("without a place, with the role granted on the unit", () => {
      expect(can(userWith(role, UNIT), permission)).toBe(holds);
    });

    it("never while a password change is pending", () => {
      expect(can(userWith(role, null, { mustChangePassword: true }), permission)).toBe(false);
    });
  });

  it("refuses a visitor without a session, and a user without grants", () => {
    for (const permission of Object.keys(EXPECTED) as Permission[]) {
      expect(can(null, permission)).toBe(false);
      expect(can({ ...userWith("ADMIN", null), grants: [] }, permission)).toBe(false);
    }
  });

  it("needs only one of several grants to cover the place", () => {
    const user: SessionUser = {
      ...userWith("PEGAWAI", UNIT),
      grants: [
        { role: "PEGAWAI", unitId: "rehsos", unitPath: UNIT, unitName: "Rehsos" },
        { role: "ADMIN", unitId: "biro", unitPath: "/ntt/biro/", unitName: "Biro" },
      ],
    };
    expect(can(user, "user.manage", { unitPath: "/ntt/biro/tatalaksana/" })).toBe(true);
    expect(can(user, "user.manage", { unitPath: UNIT })).toBe(false);
  });
});
