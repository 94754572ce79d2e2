// Issue 8, item 7: a revoked token is neither reported as signed in nor renewed, cannot sign the
// owner's newer session out, and every session has an absolute lifetime; a password reset by an
// administrator must be changed before anything else.
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authOptions } from "../../../lib/auth/options";
import { can } from "../../../lib/auth/permissions";
import { unitScope } from "../../../lib/auth/scope";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { reloadEnv } from "../../../lib/env";
import { resetPassword } from "../../../lib/org/user-mutations";
import { proxy } from "../../../proxy";
import { seedDemoData } from "../../../seeds";
import { closeTestDatabase, openTestDatabase } from "../../helpers/database";
import { sessionFor } from "../../helpers/users";

const SECRET = "test-secret-for-sessions-0123456789";
let connection: DatabaseConnection;

beforeAll(async () => {
  process.env.AUTH_SECRET = SECRET;
  reloadEnv();
  connection = await openTestDatabase();
  await seedDemoData(connection.prisma, { sops: false, objectives: false });
});
afterAll(closeTestDatabase);

const options = () => authOptions();
const now = () => Math.floor(Date.now() / 1000);

async function tokenOf(email: string, signedInSecondsAgo = 60) {
  const user = await connection.prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, sessionVersion: true } });
  return { uid: user.id, sv: user.sessionVersion, at: now() - signedInSecondsAgo };
}

async function renew(token: Record<string, unknown>) {
  return options().callbacks!.jwt!({ token, account: null, user: undefined as never });
}

describe("sessions", () => {
  it("renews a live token and refuses a revoked one", async () => {
    const token = await tokenOf("auditor@dinsos.nttprov.go.id");
    await expect(renew(token)).resolves.toMatchObject({ uid: token.uid });
    await connection.prisma.user.update({ where: { id: token.uid }, data: { sessionVersion: { increment: 1 } } });
    await expect(renew(token)).rejects.toThrow("SESSION_ENDED");
  });

  it("ends a session after the absolute lifetime however often it was renewed", async () => {
    const fresh = await tokenOf("kadis@dinsos.nttprov.go.id", 11 * 3600);
    await expect(renew(fresh)).resolves.toBeTruthy();
    await expect(renew({ ...fresh, at: now() - 13 * 3600 })).rejects.toThrow("SESSION_ENDED");
    // A token from before sign-in times were recorded has no lifetime left.
    await expect(renew({ uid: fresh.uid, sv: fresh.sv })).rejects.toThrow("SESSION_ENDED");
  });

  it("does not let a revoked cookie sign the owner's newer session out", async () => {
    const old = await tokenOf("arsip@dinsos.nttprov.go.id");
    await connection.prisma.user.update({ where: { id: old.uid }, data: { sessionVersion: { increment: 1 } } });
    const current = await tokenOf("arsip@dinsos.nttprov.go.id");
    await options().events!.signOut!({ token: old, session: null as never });
    expect((await tokenOf("arsip@dinsos.nttprov.go.id")).sv).toBe(current.sv);
    // The owner's own sign-out ends every session.
    await options().events!.signOut!({ token: current, session: null as never });
    expect((await tokenOf("arsip@dinsos.nttprov.go.id")).sv).toBe(current.sv + 1);
  });

  it("allows nothing but the password change after an administrator's reset", async () => {
    const admin = await sessionFor(connection.prisma, "admin@portalmutu.go.id");
    const target = await connection.prisma.user.findUniqueOrThrow({ where: { email: "manajer.mutu@dinsos.nttprov.go.id" } });
    await resetPassword(admin, { id: target.id, version: target.version, password: "Sementara#2026x", passwordConfirm: "Sementara#2026x" });
    const user = await sessionFor(connection.prisma, "manajer.mutu@dinsos.nttprov.go.id");
    expect(user.mustChangePassword).toBe(true);
    expect(can(user, "sop.read")).toBe(false);
    expect(can(user, "sop.manage", { unitPath: user.grants[0].unitPath! })).toBe(false);
    expect(unitScope(user, "objective.read")).toEqual({ kind: "none" });
    // Pages send the user to the account page first.
    const cookie = `next-auth.session-token=${await encode({ token: { uid: user.id, sv: 0, at: now(), mcp: true }, secret: SECRET })}`;
    const page = await proxy(new NextRequest("http://localhost:3000/sops", { headers: { cookie } }));
    expect(page.headers.get("location")).toBe("http://localhost:3000/account");
    const account = await proxy(new NextRequest("http://localhost:3000/account", { headers: { cookie } }));
    expect(account.headers.get("location")).toBeNull();
  });
});
