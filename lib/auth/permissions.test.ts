import { describe, expect, it } from "vitest";
import { can } from "./permissions";
import { scopeCovers, unitScope } from "./scope";
import type { SessionUser } from "./types";

const DINSOS = "/ntt/dinsos/";
const REHSOS = "/ntt/dinsos/rehsos/";
const BIRO = "/ntt/biro/";

function userWith(...grants: [SessionUser["grants"][number]["role"], string | null][]): SessionUser {
  return {
    id: "u", name: "U", nip: null, email: null, unitId: "x", unitName: "X", unitPath: REHSOS, mustChangePassword: false,
    grants: grants.map(([role, unitPath]) => ({ role, unitPath, unitId: unitPath, unitName: unitPath })),
  };
}

describe("can", () => {
  it("grants a role's permission within the unit's subtree only", () => {
    const admin = userWith(["ADMIN", DINSOS]);
    expect(can(admin, "user.manage", { unitPath: REHSOS })).toBe(true);
    expect(can(admin, "user.manage", { unitPath: BIRO })).toBe(false);
  });

  it("does not let a sibling path that shares a prefix slip through", () => {
    const admin = userWith(["ADMIN", "/ntt/dinsos/"]);
    expect(can(admin, "unit.manage", { unitPath: "/ntt/dinsos-lama/" })).toBe(false);
  });

  it("covers every agency with a portal-wide grant", () => {
    const admin = userWith(["ADMIN", null]);
    expect(can(admin, "unit.manage", { unitPath: BIRO })).toBe(true);
    expect(can(admin, "unit.manage", { unitPath: "/" })).toBe(true);
  });

  it("refuses roles that do not hold the permission", () => {
    const pegawai = userWith(["PEGAWAI", DINSOS]);
    expect(can(pegawai, "admin.access")).toBe(false);
    expect(can(pegawai, "user.read", { unitPath: DINSOS })).toBe(false);
    expect(can(pegawai, "sop.read")).toBe(true);
  });

  it("refuses everyone without a session", () => {
    expect(can(null, "dashboard.read")).toBe(false);
  });
});

describe("unitScope", () => {
  it("keeps only the outermost paths of the user's grants", () => {
    const user = userWith(["ADMIN", DINSOS], ["ADMIN", REHSOS], ["ADMIN", BIRO], ["PEGAWAI", "/kaltim/"]);
    expect(unitScope(user, "user.read")).toEqual({ kind: "paths", paths: [BIRO, DINSOS] });
  });

  it("is everything for a portal-wide grant and nothing without the role", () => {
    expect(unitScope(userWith(["ADMIN", null]), "unit.read")).toEqual({ kind: "all" });
    expect(unitScope(userWith(["PEGAWAI", DINSOS]), "unit.read")).toEqual({ kind: "none" });
  });

  it("decides coverage of a unit path", () => {
    const scope = unitScope(userWith(["MANAJER_MUTU", DINSOS]), "activity.read");
    expect(scopeCovers(scope, REHSOS)).toBe(true);
    expect(scopeCovers(scope, BIRO)).toBe(false);
  });
});

describe("authorize", () => {
  it("throws the Indonesian refusal only when can() says no", async () => {
    const { authorize } = await import("./permissions");
    const admin = userWith(["ADMIN", DINSOS]);
    expect(() => authorize(admin, "user.manage", { unitPath: REHSOS })).not.toThrow();
    expect(() => authorize(admin, "user.manage", { unitPath: BIRO })).toThrow("Anda tidak berwenang melakukan tindakan ini.");
  });
});

describe("managing an account", () => {
  it("needs the actor to cover the home unit and every grant of the account", async () => {
    const { authorizeAccount, canManageAccount, grantPlace } = await import("./permissions");
    const unitAdmin = userWith(["ADMIN", DINSOS]);
    expect(grantPlace(null)).toEqual({ unitPath: "/" });
    expect(grantPlace(REHSOS)).toEqual({ unitPath: REHSOS });
    expect(canManageAccount(unitAdmin, "user.manage", { unitPath: REHSOS, grantPaths: [REHSOS, DINSOS] })).toBe(true);
    expect(canManageAccount(unitAdmin, "user.manage", { unitPath: REHSOS, grantPaths: [] })).toBe(true);
    expect(canManageAccount(unitAdmin, "user.manage", { unitPath: REHSOS, grantPaths: [REHSOS, null] })).toBe(false);
    expect(canManageAccount(unitAdmin, "user.manage", { unitPath: REHSOS, grantPaths: [BIRO] })).toBe(false);
    expect(canManageAccount(unitAdmin, "user.manage", { unitPath: BIRO, grantPaths: [REHSOS] })).toBe(false);
    expect(canManageAccount(userWith(["ADMIN", null]), "user.manage", { unitPath: BIRO, grantPaths: [null, BIRO] })).toBe(true);
    expect(canManageAccount(userWith(["PEGAWAI", null]), "user.manage", { unitPath: REHSOS, grantPaths: [] })).toBe(false);
    expect(() => authorizeAccount(unitAdmin, "user.manage", { unitPath: REHSOS, grantPaths: [null] })).toThrow(/tidak berwenang/);
    expect(() => authorizeAccount(unitAdmin, "user.manage", { unitPath: REHSOS, grantPaths: [REHSOS] })).not.toThrow();
  });
});
