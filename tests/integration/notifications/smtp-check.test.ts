// The SMTP check at start: a wrong SMTP_URL or an unreachable server is one clear line (the portal
// serves anyway); a working server is reported ready.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkSmtp } from "../../../lib/notifications/mailer";
import { closedPort, startSmtpSink, type SmtpSink } from "../../helpers/smtp-sink";

let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(() => sink.close());

describe("checkSmtp", () => {
  it("says when SMTP_URL is unset", async () => {
    expect(await checkSmtp(undefined)).toEqual({ ok: false, message: expect.stringContaining("SMTP_URL belum diatur") });
  });

  it("names what is wrong with the URL", async () => {
    expect((await checkSmtp("mail.instansi.go.id:587")).message).toContain("smtp:// atau smtps://");
    expect((await checkSmtp("http://mail.instansi.go.id")).message).toContain("bukan http://");
    expect((await checkSmtp("bukan alamat")).message).toContain("bukan alamat yang sah");
  });

  it("reports an unreachable server without the password, and a working one as ready", async () => {
    const down = await checkSmtp(`smtp://portal:RahasiaSekali@127.0.0.1:${await closedPort()}`, 2_000);
    expect(down.ok).toBe(false);
    expect(down.message).toContain("tidak dapat dipakai");
    expect(down.message).toContain("Portal tetap berjalan");
    expect(down.message).not.toContain("RahasiaSekali");
    expect(await checkSmtp(sink.url)).toEqual({ ok: true, message: expect.stringContaining("siap") });
  });
});
