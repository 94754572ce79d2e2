// The e-mail outbox against a real SMTP server started in the test: delivered with the right
// subject and recipient, retried with backoff while the server is down (nothing lost), marked
// failed with the reason when the address bounces, and sent once with two workers racing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../../lib/db";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { openPostgres } from "../../../lib/db/connection";
import { createMailTransport } from "../../../lib/notifications/mailer";
import { deliverDue } from "../../../lib/notifications/outbox";
import { closeTestDatabase, openTestDatabase } from "../../helpers/database";
import { closedPort, startSmtpSink, type SmtpSink } from "../../helpers/smtp-sink";

const FROM = "Portal Mutu <noreply@portalmutu.go.id>";
let connection: DatabaseConnection;
let sink: SmtpSink;
const db = () => connection.prisma;

beforeAll(async () => {
  connection = await openTestDatabase();
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink.close();
  await closeTestDatabase();
});
beforeEach(async () => {
  await db().mailOutbox.deleteMany();
  sink.received.length = 0;
});

function queue(count: number, to = (i: number) => `pegawai${i}@dinsos.nttprov.go.id`) {
  return db().mailOutbox.createMany({
    data: Array.from({ length: count }, (_, i) => ({ toAddress: to(i), subject: `[Portal Mutu] Pesan ${i}`, text: `Isi pesan ${i}` })),
  });
}

describe("the outbox worker", () => {
  it("delivers a queued message to the SMTP server with its subject and recipient", async () => {
    await queue(1);
    const report = await deliverDue(db(), createMailTransport(sink.url), { from: FROM });
    expect(report).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(sink.received).toHaveLength(1);
    expect(sink.received[0].to).toEqual(["pegawai0@dinsos.nttprov.go.id"]);
    expect(sink.received[0].from).toBe("noreply@portalmutu.go.id");
    expect(sink.received[0].raw).toContain("Subject: [Portal Mutu] Pesan 0");
    const row = await db().mailOutbox.findFirstOrThrow();
    expect(row).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
    expect(row.sentAt).not.toBeNull();
  });

  it("keeps a message while the server is down, retries later with backoff, then sends it", async () => {
    await queue(1);
    const start = new Date();
    const down = createMailTransport(`smtp://127.0.0.1:${await closedPort()}`, 2_000);
    const first = await deliverDue(db(), down, { from: FROM, now: () => start });
    expect(first).toEqual({ sent: 0, retried: 1, failed: 0 });
    let row = await db().mailOutbox.findFirstOrThrow();
    expect(row.status).toBe("PENDING");
    expect(row.attempts).toBe(1);
    expect(row.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(row.nextAttemptAt.getTime()).toBe(start.getTime() + 60_000);
    // Not due yet: nothing is tried before the backoff has passed.
    const early = await deliverDue(db(), createMailTransport(sink.url), { from: FROM, now: () => new Date(start.getTime() + 30_000) });
    expect(early.sent).toBe(0);
    const later = await deliverDue(db(), createMailTransport(sink.url), { from: FROM, now: () => new Date(start.getTime() + 61_000) });
    expect(later.sent).toBe(1);
    row = await db().mailOutbox.findFirstOrThrow();
    expect(row).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
    expect(sink.received).toHaveLength(1);
  });

  it("marks an address the server refuses (550) as failed with the reason, without retrying", async () => {
    await queue(1, () => "bounce.pegawai@dinsos.nttprov.go.id");
    const report = await deliverDue(db(), createMailTransport(sink.url), { from: FROM });
    expect(report).toEqual({ sent: 0, retried: 0, failed: 1 });
    const row = await db().mailOutbox.findFirstOrThrow();
    expect(row.status).toBe("FAILED");
    expect(row.lastError).toContain("550");
    expect(row.lastError).toContain("Mailbox tidak ada");
  });

  it("takes over a claim whose worker died before marking it (at least once)", async () => {
    await queue(1);
    const start = new Date();
    await db().$executeRaw`UPDATE "MailOutbox" SET "status" = 'SENDING', "lockedUntil" = ${new Date(start.getTime() - 1000)}, "claimToken" = 'dead'`;
    const report = await deliverDue(db(), createMailTransport(sink.url), { from: FROM, now: () => start });
    expect(report.sent).toBe(1);
  });

  it("two workers at once send every message exactly once", async () => {
    await queue(30);
    // On PostgreSQL the second worker runs on its own connection pool, truly in parallel; on PGlite
    // (one connection) the two interleave on that connection, which still exercises the claims.
    let other: PrismaClient = db();
    let otherConnection: DatabaseConnection | null = null;
    if (connection.kind === "postgres") {
      otherConnection = await openPostgres(connectionUrl());
      other = otherConnection.prisma;
    }
    try {
      const work = (client: PrismaClient) => async () => {
        let total = 0;
        for (;;) {
          const r = await deliverDue(client, createMailTransport(sink.url), { from: FROM, limit: 3 });
          total += r.sent;
          if (r.sent + r.retried + r.failed === 0) return total;
        }
      };
      const [a, b] = await Promise.all([work(db())(), work(other)()]);
      expect(a + b).toBe(30);
      expect(sink.received).toHaveLength(30);
      const addresses = sink.received.flatMap((m) => m.to).sort();
      expect(new Set(addresses).size).toBe(30);
      expect(await db().mailOutbox.count({ where: { status: "SENT" } })).toBe(30);
    } finally {
      await otherConnection?.close();
    }
  });
});

/** The URL of this file's own PostgreSQL test database (a clone named in its location). */
function connectionUrl(): string {
  const url = new URL(process.env.TEST_DATABASE_URL as string);
  url.pathname = connection.location.slice(connection.location.indexOf("/"));
  return url.toString();
}
