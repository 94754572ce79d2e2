// The scale-out bench's SMTP sink and proxy: the portal's own mail transport delivers into the
// sink (subject decoded, dot-stuffing undone), and the proxy alternates servers, streams the
// request body and passes every Set-Cookie through.
import { createServer, type Server } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { createMailTransport } from "@/lib/notifications/mailer";
import { startProxy, SERVER_HEADER } from "@/scripts/bench/lib/proxy";
import { startSmtpSink } from "@/scripts/bench/lib/smtp-sink";
import { decodeHeader } from "@/tests/helpers/smtp-sink";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function echoServer(name: string): Promise<string> {
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      res.setHeader("set-cookie", [`a=${name}; Path=/`, `b=2; HttpOnly`]);
      res.end(JSON.stringify({ name, method: req.method, url: req.url, body }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  cleanups.push(() => new Promise((resolve) => server.close(() => resolve())));
  const address = server.address() as { port: number };
  return `http://127.0.0.1:${address.port}`;
}

describe("SMTP sink", () => {
  it("records what nodemailer sends, with the server it came through", async () => {
    const sink = await startSmtpSink({ s1: 47_311, s2: 47_312 });
    cleanups.push(() => sink.stop());
    for (const via of ["s1", "s2"]) {
      const transport = createMailTransport(sink.urls[via]);
      await transport.sendMail({ from: "Portal <noreply@portal.go.id>", to: "a@b.go.id", subject: `[Portal Mutu] Uji ${via} — ñ`, text: ".titik di awal\nbaris" });
      transport.close();
    }
    expect(sink.mails.map((m) => [m.via, m.subject, m.to])).toEqual([
      ["s1", "[Portal Mutu] Uji s1 — ñ", ["a@b.go.id"]],
      ["s2", "[Portal Mutu] Uji s2 — ñ", ["a@b.go.id"]],
    ]);
  });

  it("decodes encoded words", () => {
    expect(decodeHeader("=?UTF-8?B?w7E=?= dan =?utf-8?Q?a=C3=B1_b?=")).toBe("ñ dan añ b");
  });
});

describe("round-robin proxy", () => {
  it("alternates servers, streams the body and keeps every Set-Cookie", async () => {
    const [one, two] = [await echoServer("one"), await echoServer("two")];
    const proxy = await startProxy(47_313, [
      { label: "s1", url: one },
      { label: "s2", url: two },
    ]);
    cleanups.push(() => proxy.stop());
    const answers = [];
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${proxy.url}/x?i=${i}`, { method: "POST", body: `isi ${i}` });
      answers.push({ server: res.headers.get(SERVER_HEADER), cookies: res.headers.getSetCookie(), echo: await res.json() });
    }
    expect(answers.map((a) => a.server)).toEqual(["s1", "s2", "s1"]);
    expect(answers[1].cookies).toEqual(["a=two; Path=/", "b=2; HttpOnly"]);
    expect(answers[2].echo).toEqual({ name: "one", method: "POST", url: "/x?i=2", body: "isi 2" });
    expect(proxy.answered).toEqual({ s1: 2, s2: 1 });
  });
});
