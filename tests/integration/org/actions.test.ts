// The server actions as the browser calls them: session, validation, permission, one transaction.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "../../../lib/auth/types";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { seedDemoData } from "../../../seeds";
import { closeTestDatabase, openTestDatabase } from "../../helpers/database";
import { sessionFor, unitId } from "../../helpers/users";

const session = vi.hoisted(() => ({ current: null as SessionUser | null }));
vi.mock("../../../lib/auth/session", () => ({ getCurrentUser: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { createUserAction, updateUnitAction, setUserActiveAction } = await import("../../../lib/org/actions");

let connection: DatabaseConnection;
const PASSWORD = "Dokumen#Mutu2026";

beforeAll(async () => {
  connection = await openTestDatabase();
  await seedDemoData(connection.prisma, { sops: false, objectives: false });
});
afterAll(closeTestDatabase);

describe("server actions", () => {
  it("refuse a visitor without a session", async () => {
    session.current = null;
    const result = await updateUnitAction({ id: "x", version: 1, name: "Nama", shortName: "", code: "kode" });
    expect(result).toMatchObject({ ok: false, reason: "UNAUTHENTICATED", message: "Sesi Anda telah berakhir. Silakan masuk kembali." });
  });

  it("return Indonesian field errors for bad input and create nothing", async () => {
    session.current = await sessionFor(connection.prisma, "admin@portalmutu.go.id");
    const before = await connection.prisma.user.count();
    const result = await createUserAction({
      name: "A", nip: "12345", email: "bukan-email", position: "", unitId: "", password: "pendek", passwordConfirm: "lain",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe("INVALID");
    expect(result.fieldErrors?.name).toEqual(["Nama minimal 3 karakter."]);
    expect(result.fieldErrors?.nip).toEqual(["NIP harus 18 digit angka."]);
    expect(result.fieldErrors?.email).toEqual(["Alamat email tidak valid."]);
    expect(result.fieldErrors?.password).toContain("Minimal 12 karakter.");
    expect(await connection.prisma.user.count()).toBe(before);
  });

  it("refuse a PEGAWAI with a clear message and change nothing", async () => {
    session.current = await sessionFor(connection.prisma, "pegawai@dinsos.nttprov.go.id");
    const unit = await unitId(connection.prisma, "ntt.dinsos.rehsos");
    const result = await createUserAction({
      name: "Penyusup", nip: "", email: "penyusup@contoh.go.id", position: "", unitId: unit, password: PASSWORD, passwordConfirm: PASSWORD,
    });
    expect(result).toMatchObject({ ok: false, reason: "FORBIDDEN", message: "Anda tidak berwenang melakukan tindakan ini." });
    expect(await connection.prisma.user.findUnique({ where: { email: "penyusup@contoh.go.id" } })).toBeNull();
  });

  it("create a user for an administrator", async () => {
    session.current = await sessionFor(connection.prisma, "admin@portalmutu.go.id");
    const unit = await unitId(connection.prisma, "ntt.dinsos.rehsos");
    const result = await createUserAction({
      name: "Maria Bano", nip: "199307112019032004", email: "maria.bano@dinsos.nttprov.go.id", position: "Pekerja Sosial",
      unitId: unit, password: PASSWORD, passwordConfirm: PASSWORD,
    });
    expect(result.ok).toBe(true);
    const created = await connection.prisma.user.findUniqueOrThrow({ where: { nip: "199307112019032004" } });
    expect(created.email).toBe("maria.bano@dinsos.nttprov.go.id");
  });

  it("answer a stale version with the STALE reason", async () => {
    session.current = await sessionFor(connection.prisma, "admin@portalmutu.go.id");
    const user = await connection.prisma.user.findUniqueOrThrow({ where: { email: "kadis@dinsos.nttprov.go.id" } });
    const result = await setUserActiveAction({ id: user.id, version: user.version + 7, active: false, reason: "Pensiun" });
    expect(result).toMatchObject({ ok: false, reason: "STALE" });
    expect((await connection.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).active).toBe(true);
  });
});
