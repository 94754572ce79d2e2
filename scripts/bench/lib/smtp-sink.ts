// A tiny SMTP server for the bench (node:net, no TLS, no auth): it speaks what nodemailer's plain
// SMTP client needs (greeting, EHLO/HELO, MAIL FROM, RCPT TO, DATA with dot-stuffing, RSET, NOOP,
// QUIT) and records every message it accepts. One sink may listen on several ports, one per app
// server, so each record says which server delivered it.
import { createServer, type Server, type Socket } from "node:net";

export interface SunkMail {
  /** The label of the port the message came in on (which app server sent it). */
  via: string;
  from: string;
  to: string[];
  subject: string;
  messageId: string;
  bytes: number;
  at: number;
}

export interface SmtpSink {
  mails: SunkMail[];
  /** smtp://127.0.0.1:<port> of each label. */
  urls: Record<string, string>;
  stop(): Promise<void>;
}

const CRLF = "\r\n";

/** Decodes RFC 2047 encoded words (=?utf-8?B?…?= and =?utf-8?Q?…?=) in a header value. */
export function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_all, _charset: string, enc: string, text: string) => {
      if (enc.toUpperCase() === "B") return Buffer.from(text, "base64").toString("utf8");
      const bytes = text.replace(/_/g, " ").replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
      return Buffer.from(bytes, "latin1").toString("utf8");
    });
}

function headerOf(message: string, name: string): string {
  const head = message.split(/\r?\n\r?\n/, 1)[0].replace(/\r?\n[ \t]+/g, " ");
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? decodeHeader(line.slice(name.length + 1).trim()) : "";
}

function address(arg: string): string {
  return /<([^>]*)>/.exec(arg)?.[1] ?? arg.trim();
}

function session(socket: Socket, via: string, mails: SunkMail[]): void {
  let buffer = "";
  let from = "";
  let to: string[] = [];
  let data: string[] | null = null;
  const reply = (line: string) => socket.write(line + CRLF);
  reply("220 bench-sink ESMTP");
  socket.setEncoding("utf8");
  socket.on("error", () => socket.destroy());
  socket.on("data", (chunk: string) => {
    buffer += chunk;
    for (let end = buffer.indexOf(CRLF); end >= 0; end = buffer.indexOf(CRLF)) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (data) {
        if (line !== ".") {
          data.push(line.startsWith("..") ? line.slice(1) : line);
          continue;
        }
        const message = data.join(CRLF);
        mails.push({ via, from, to, subject: headerOf(message, "Subject"), messageId: headerOf(message, "Message-ID"), bytes: message.length, at: Date.now() });
        data = null;
        from = "";
        to = [];
        reply("250 2.0.0 Ok: queued");
        continue;
      }
      const verb = line.slice(0, 4).toUpperCase();
      if (verb === "EHLO") reply("250-bench-sink" + CRLF + "250 8BITMIME");
      else if (verb === "HELO" || verb === "NOOP") reply("250 Ok");
      else if (verb === "RSET") {
        from = "";
        to = [];
        reply("250 Ok");
      } else if (verb === "MAIL") {
        from = address(line.slice(line.indexOf(":") + 1));
        reply("250 Ok");
      } else if (verb === "RCPT") {
        to.push(address(line.slice(line.indexOf(":") + 1)));
        reply("250 Ok");
      } else if (verb === "DATA") {
        data = [];
        reply("354 End data with <CR><LF>.<CR><LF>");
      } else if (verb === "QUIT") {
        reply("221 Bye");
        socket.end();
      } else reply("502 Command not implemented");
    }
  });
}

/** Starts one listener per label (`{ s1: 3431, s2: 3432 }`), all recording into one list. */
export async function startSmtpSink(ports: Record<string, number>): Promise<SmtpSink> {
  const mails: SunkMail[] = [];
  const servers: Server[] = [];
  const urls: Record<string, string> = {};
  const sockets = new Set<Socket>();
  for (const [via, port] of Object.entries(ports)) {
    const server = createServer((socket) => {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      session(socket, via, mails);
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve());
    });
    servers.push(server);
    urls[via] = `smtp://127.0.0.1:${port}`;
  }
  return {
    mails,
    urls,
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
    },
  };
}
