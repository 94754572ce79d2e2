import { describe, expect, it } from "vitest";
import { scopeCovers, unitPathWhere, unitScope } from "./scope";
import type { SessionUser } from "./types";

function userWith(grants: [SessionUser["grants"][number]["role"], string | null][], mustChangePassword = false): SessionUser {
  return {
    id: "u", name: "U", nip: null, email: null, unitId: "x", unitName: "X", unitPath: "/a/", mustChangePassword,
    grants: grants.map(([role, unitPath]) => ({ role, unitPath, unitId: unitPath, unitName: unitPath })),
  };
}

describe("unitScope", () => {
  it("is nothing without a session or while a password change is pending", () => {
    expect(unitScope(null, "sop.read")).toEqual({ kind: "none" });
    expect(unitScope(userWith([["ADMIN", null]], true), "unit.read")).toEqual({ kind: "none" });
  });

  it("is everything when any one matching grant is portal-wide", () => {
    expect(unitScope(userWith([["ADMIN", "/a/"], ["ADMIN", null]]), "unit.read")).toEqual({ kind: "all" });
  });

  it("ignores grants of roles without the permission", () => {
    expect(unitScope(userWith([["PEGAWAI", null], ["ADMIN", "/a/b/"]]), "unit.read")).toEqual({ kind: "paths", paths: ["/a/b/"] });
  });

  it("keeps each distinct outermost path once", () => {
    expect(unitScope(userWith([["ADMIN", "/a/b/"], ["ADMIN", "/a/b/"], ["ADMIN", "/c/"]]), "unit.read")).toEqual({ kind: "paths", paths: ["/a/b/", "/c/"] });
  });
});

describe("unitPathWhere", () => {
  it("adds no condition for everything", () => {
    expect(unitPathWhere({ kind: "all" })).toEqual({});
  });

  it("matches no unit for nothing", () => {
    expect(unitPathWhere({ kind: "none" })).toEqual({ id: { in: [] } });
  });

  it("matches each path's subtree", () => {
    expect(unitPathWhere({ kind: "paths", paths: ["/a/", "/c/"] })).toEqual({
      OR: [{ path: { startsWith: "/a/" } }, { path: { startsWith: "/c/" } }],
    });
  });
});

describe("scopeCovers", () => {
  it("covers every path for everything and none for nothing", () => {
    expect(scopeCovers({ kind: "all" }, "/z/")).toBe(true);
    expect(scopeCovers({ kind: "none" }, "/z/")).toBe(false);
    expect(scopeCovers({ kind: "none", paths: ["/z/"] } as never, "/z/")).toBe(false);
  });

  it("covers a path under any one of the scope's paths", () => {
    const scope = { kind: "paths" as const, paths: ["/a/", "/c/"] };
    expect(scopeCovers(scope, "/c/d/")).toBe(true);
    expect(scopeCovers(scope, "/a/")).toBe(true);
    expect(scopeCovers(scope, "/b/")).toBe(false);
  });
});
