// The scale-out bench's mail sink: one SMTP server of tests/helpers/smtp-sink.ts per app server,
// so each message received says which server delivered it.
import { startSmtpSink as startOne, type ReceivedMail } from "../../../tests/helpers/smtp-sink";

export interface SunkMail extends ReceivedMail {
  /** The label of the sink the message came in on (which app server sent it). */
  via: string;
}

export interface SmtpSink {
  /** Every message of every label, in arrival order. */
  readonly mails: SunkMail[];
  /** smtp://127.0.0.1:<port> of each label. */
  urls: Record<string, string>;
  stop(): Promise<void>;
}

/** Starts one sink per label (`{ s1: 3433, s2: 3434 }`). */
export async function startSmtpSink(ports: Record<string, number>): Promise<SmtpSink> {
  const sinks = await Promise.all(Object.entries(ports).map(async ([via, port]) => ({ via, sink: await startOne(port) })));
  return {
    get mails() {
      return sinks.flatMap(({ via, sink }) => sink.received.map((m) => ({ ...m, via }))).sort((a, b) => a.at - b.at);
    },
    urls: Object.fromEntries(sinks.map(({ via, sink }) => [via, sink.url])),
    stop: async () => {
      await Promise.all(sinks.map(({ sink }) => sink.close()));
    },
  };
}
