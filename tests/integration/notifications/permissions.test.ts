// The notification actions called for real (guardedAction) by users who must be refused: the
// wrong role cannot read or resend the outbox, an administrator of another agency neither sees nor
// resends a Dinas Sosial message, and nobody marks another user's notification read.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "../../../lib/auth/types";
import { DomainError } from "../../../lib/errors";
import { listOutbox } from "../../../lib/notifications/data";
import { useDemoDatabase } from "../../helpers/demo-database";
import { DEMO } from "./fixtures";

const session = vi.hoisted(() => ({ current: null as SessionUser | null }));
vi.mock("../../../lib/auth/session", () => ({ getCurrentUser: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const actions = await import("../../../lib/notifications/actions");

const { db, as } = useDemoDatabase(DEMO);
let failedId: string;
let noticeId: string;

beforeAll(async () => {
  const failed = await db().mailOutbox.create({
    data: { userId: as.pegawai.id, toAddress: "bounce@dinsos.nttprov.go.id", subject: "[Portal Mutu] Uji", text: "Uji", status: "FAILED", attempts: 1, lastError: "550 Mailbox tidak ada" },
  });
  failedId = failed.id;
  const notice = await db().notification.create({
    data: { userId: as.kadis.id, event: "objective_submitted", entityType: "objective", entityId: "x", href: "/objectives", title: "Uji" },
  });
  noticeId = notice.id;
});

const failedRow = () => db().mailOutbox.findUniqueOrThrow({ where: { id: failedId }, select: { status: true, attempts: true } });

describe("the outbox", () => {
  it("is refused to every role but the administrator", async () => {
    for (const user of [as.manajer, as.kadis, as.pegawai, as.biro]) {
      await expect(listOutbox(user, { page: 1 })).rejects.toBeInstanceOf(DomainError);
      session.current = user;
      expect(await actions.resendMailAction({ id: failedId })).toMatchObject({ ok: false, reason: "FORBIDDEN" });
    }
    expect(await failedRow()).toEqual({ status: "FAILED", attempts: 1 });
  });

  it("shows an agency's administrator only its own people's messages, and resends none of another agency", async () => {
    const seen = await listOutbox(as.adminBiro, { page: 1 });
    expect(seen.rows.map((r) => r.id)).not.toContain(failedId);
    session.current = as.adminBiro;
    expect(await actions.resendMailAction({ id: failedId })).toMatchObject({ ok: false, reason: "NOT_FOUND" });
    expect(await failedRow()).toEqual({ status: "FAILED", attempts: 1 });
  });

  it("lets the portal administrator see the failure with its reason and resend it", async () => {
    const seen = await listOutbox(as.admin, { status: "FAILED", page: 1 });
    expect(seen.rows.find((r) => r.id === failedId)).toMatchObject({ status: "FAILED", lastError: "550 Mailbox tidak ada", recipientName: expect.any(String) });
    session.current = as.admin;
    expect(await actions.resendMailAction({ id: failedId })).toEqual({ ok: true, data: undefined });
    expect(await failedRow()).toEqual({ status: "PENDING", attempts: 0 });
    expect(await db().activity.count({ where: { entity: "mail", entityId: failedId, action: "resend" } })).toBe(1);
    // Only a failed message can be resent.
    expect(await actions.resendMailAction({ id: failedId })).toMatchObject({ ok: false, reason: "RULE" });
  });
});

describe("marking read", () => {
  it("changes nothing for another user's notification, and needs a session", async () => {
    session.current = as.pegawai;
    expect(await actions.markReadAction({ ids: [noticeId] })).toEqual({ ok: true, data: { count: 0 } });
    expect(await actions.markAllReadAction({})).toMatchObject({ ok: true });
    expect((await db().notification.findUniqueOrThrow({ where: { id: noticeId } })).readAt).toBeNull();
    session.current = null;
    expect(await actions.markReadAction({ ids: [noticeId] })).toMatchObject({ ok: false, reason: "UNAUTHENTICATED" });
    session.current = as.kadis;
    expect(await actions.markReadAction({ ids: [noticeId] })).toEqual({ ok: true, data: { count: 1 } });
  });
});
