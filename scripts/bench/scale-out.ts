// Scale-out proof (issue 17): two production servers on one PostgreSQL database, with one
// AUTH_SECRET, one FILES_DIR (a directory both see: the shared disk of this setup) and an SMTP sink,
// behind a round-robin proxy on one port. Each check is a row with its evidence:
//   session   signed in through server 1, the portal answers on server 2
//   job       the daily jobs fire on both servers at the same instant; each runs once (advisory lock)
//   e-mail    N due outbox messages, both outbox workers running: each reaches the sink once
//   file      a document file uploaded through server 1 (the screen's server action) downloads
//             byte-identical through server 2
//   throughput  the leadership dashboard at 20 users: one server against the proxy with two
// The job check needs both servers' clocks at a moment just before the jobs' hour: they run under
// libfaketime (a clock offset for the whole process, no hook in the portal), so a run takes
// seconds instead of waiting for the hour. Without libfaketime that row says so and fails.
//
// npx tsx scripts/bench/scale-out.ts [--database=URL] [--duration=10] [--mails=200]
import { createHash, randomBytes } from "node:crypto";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { openPostgres, type DatabaseConnection } from "../../lib/db/connection";
import { notify } from "../../lib/notifications/notify";
import { DEMO_USERS, DEMO_PASSWORD } from "../../seeds/users";
import { ms, type BenchSection } from "./contract";
import { measure, signIn, type Session } from "./lib/http";
import { SERVER_HEADER, startProxy, type RunningProxy } from "./lib/proxy";
import { projectRoot, startServer, type RunningServer } from "./lib/server";
import { startSmtpSink, type SmtpSink } from "./lib/smtp-sink";

export interface ScaleOutOptions {
  /** A database with the demo data to use (kept, and it keeps the checks' test rows); unset: a fresh one is created and dropped. */
  databaseUrl?: string;
  durationSeconds?: number;
  /** Due e-mails for the outbox check. */
  mails?: number;
  /** Seconds between starting the job servers and their jobs' hour on the shifted clock. */
  jobLeadSeconds?: number;
  /** Ports basePort … basePort+6. */
  basePort?: number;
  scale?: number;
}

const LEADER = "kadis@dinsos.nttprov.go.id"; // PIMPINAN of the demo agency: "/" is the leadership dashboard
const MANAGER = "manajer.mutu@dinsos.nttprov.go.id"; // MANAJER_MUTU: document.manage
const DIGEST_USER = "kabid.dayasos@dinsos.nttprov.go.id";
const DASHBOARD = "/";
const JOB_ZONE = "Asia/Makassar"; // WITA, UTC+8, the demo agencies' zone
const JOB_ZONE_OFFSET_HOURS = 8;
const JOB_HOUR = 7;
const FAKETIME_LIBS = ["/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1", "/usr/lib/aarch64-linux-gnu/faketime/libfaketimeMT.so.1", "/usr/lib/faketime/libfaketimeMT.so.1"];

type Row = [check: string, result: "lulus" | "gagal", evidence: string];

const nameOf = (email: string) => DEMO_USERS.find((u) => u.email === email)?.name ?? email;

export async function runScaleOut(opts: ScaleOutOptions = {}): Promise<BenchSection> {
  const base = opts.basePort ?? 3430;
  const ports = { proxy: base, s1: base + 1, s2: base + 2, sink1: base + 3, sink2: base + 4, j1: base + 5, j2: base + 6 };
  const duration = opts.durationSeconds ?? 10;
  const created = opts.databaseUrl ? null : await createDemoDatabase();
  const databaseUrl = opts.databaseUrl ?? created!.url;
  const filesDir = mkdtempSync(path.join(os.tmpdir(), "pm-scale-out-files-"));
  const sharedEnv: NodeJS.ProcessEnv = {
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    FILES_DIR: filesDir,
    JOBS_ENABLED: "true",
    REMINDER_HOUR: String(JOB_HOUR),
    ACTIVITY_CHECKPOINT_MINUTES: "0",
  };
  const rows: Row[] = [];
  const data: Record<string, unknown> = { databaseUrl: databaseUrl.replace(/\/\/[^@]*@/, "//"), filesDir };
  const notes: string[] = [];
  let sink: SmtpSink | null = null;
  let proxy: RunningProxy | null = null;
  let servers: RunningServer[] = [];
  let db: DatabaseConnection | null = null;
  try {
    db = await openPostgres(databaseUrl);
    sink = await startSmtpSink({ s1: ports.sink1, s2: ports.sink2 });
    servers.push(await startServer({ port: ports.s1, env: { ...sharedEnv, SMTP_URL: sink.urls.s1 } }));
    servers.push(await startServer({ port: ports.s2, env: { ...sharedEnv, SMTP_URL: sink.urls.s2 } }));
    const [s1, s2] = servers;
    proxy = await startProxy(ports.proxy, [
      { label: "s1", url: s1.url },
      { label: "s2", url: s2.url },
    ]);

    const conn = db;
    const p = proxy;
    const mailSink = sink;
    rows.push(...(await guarded("Sesi", () => checkSession(s1, s2, p, data))));
    rows.push(...(await guarded("E-mail", async () => [await checkMail(conn, mailSink, opts.mails ?? 200, data)])));
    rows.push(...(await guarded("Berkas", async () => [await checkFile(conn, s1, s2, data)])));
    rows.push(
      ...(await guarded("Throughput", async () => {
        const throughput = await checkThroughput(s1, s2, p, duration, data);
        notes.push(...throughput.notes);
        return [throughput.row];
      })),
    );

    await Promise.all(servers.map((s) => s.stop()));
    servers = [];
    rows.push(...(await guarded("Tugas terjadwal", async () => [await checkJob(conn, mailSink, sharedEnv, [ports.j1, ports.j2], opts.jobLeadSeconds ?? 90, data, notes, (s) => servers.push(s))])));
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await proxy?.stop();
    await sink?.stop();
    await db?.close();
    rmSync(filesDir, { recursive: true, force: true });
    if (created) await created.drop();
  }
  notes.push(
    "Kedua server memakai FILES_DIR yang sama (satu direktori di disk yang sama): di produksi itu harus disk bersama (NFS, volume bersama), karena penyimpanan berkas (lib/files) adalah direktori.",
    "Satu AUTH_SECRET untuk kedua server: sesi (JWT next-auth) tidak disimpan di server, jadi server mana pun dapat membacanya.",
  );
  return {
    id: "scale-out",
    title: "Dua server aplikasi di belakang satu port (satu PostgreSQL)",
    header: ["Pemeriksaan", "Hasil", "Bukti"],
    rows,
    notes,
    data: { ...data, rows },
  };
}

/** A check that throws is a failed row with its error; the other checks still run. */
async function guarded(check: string, run: () => Promise<Row[]>): Promise<Row[]> {
  try {
    return await run();
  } catch (error) {
    return [[check, "gagal", `galat: ${(error instanceof Error ? error.message : String(error)).slice(0, 300).replace(/\s+/g, " ")}`]];
  }
}

// ── 1. Session ────────────────────────────────────────────────────────────────────────────────
async function checkSession(s1: RunningServer, s2: RunningServer, proxy: RunningProxy, data: Record<string, unknown>): Promise<Row[]> {
  const session = await signIn(s1.url, LEADER, DEMO_PASSWORD);
  const name = nameOf(LEADER);
  const page = async (url: string) => {
    const res = await fetch(`${url}${DASHBOARD}`, { headers: { cookie: session.cookie }, redirect: "manual" });
    return { status: res.status, named: (await res.text()).includes(name) };
  };
  const [on1, on2] = [await page(s1.url), await page(s2.url)];
  // Through the proxy: the sign-in's Set-Cookie comes back, and requests alternate servers.
  const viaProxy = await signIn(proxy.url, LEADER, DEMO_PASSWORD);
  const answers: string[] = [];
  for (let i = 0; i < 4; i++) {
    const res = await fetch(`${proxy.url}${DASHBOARD}`, { headers: { cookie: viaProxy.cookie }, redirect: "manual" });
    await res.arrayBuffer();
    answers.push(`${res.headers.get(SERVER_HEADER)} ${res.status}`);
  }
  data.session = { server1: on1, server2: on2, proxy: answers };
  const ok = (p: { status: number; named: boolean }) => p.status === 200 && p.named;
  const alternates = answers.every((a) => a.endsWith(" 200")) && new Set(answers.map((a) => a.split(" ")[0])).size === 2;
  return [
    [
      "Sesi masuk di server 1 berlaku di server 2",
      ok(on1) && ok(on2) ? "lulus" : "gagal",
      `masuk di server 1; GET ${DASHBOARD}: server 1 HTTP ${on1.status}${on1.named ? " (nama pengguna tampil)" : ""}, server 2 HTTP ${on2.status}${on2.named ? " (nama pengguna tampil)" : ""}`,
    ],
    ["Proksi bergantian, sesi lewat proksi", alternates ? "lulus" : "gagal", `masuk lewat proksi; 4 permintaan dijawab: ${answers.join(", ")}`],
  ];
}

// ── 3. E-mail: each due message reaches the sink once ───────────────────────────────────────────
async function checkMail(db: DatabaseConnection, sink: SmtpSink, count: number, data: Record<string, unknown>): Promise<Row> {
  const { prisma } = db;
  const marker = `Uji skala-keluar ${randomBytes(3).toString("hex")}`;
  const users = await prisma.user.findMany({
    where: { active: true, email: { not: null }, OR: [{ notificationPreference: null }, { notificationPreference: { emailEnabled: true, delivery: "IMMEDIATE" } }] },
    select: { id: true },
    orderBy: { email: "asc" },
  });
  // Through the portal's own notify(): each call writes the notification and its outbox e-mail.
  for (let start = 0; start < count; start += 25) {
    await prisma.$transaction(async (tx) => {
      for (let i = start; i < Math.min(count, start + 25); i++) {
        await notify(tx, {
          event: "objective_submitted",
          recipientIds: [users[i % users.length].id],
          entity: { type: "bench", id: `mail-${i}` },
          href: "/notifications",
          title: `${marker} #${String(i).padStart(4, "0")}`,
          dedupeKey: `${marker}:${i}`,
        });
      }
    }, { timeout: 60_000 });
  }
  const queuedAt = Date.now();
  const ours = { subject: { contains: marker } };
  const queued = await prisma.mailOutbox.count({ where: ours });
  const deadline = Date.now() + 120_000;
  let open = queued;
  while (Date.now() < deadline) {
    open = await prisma.mailOutbox.count({ where: { ...ours, status: { in: ["PENDING", "SENDING"] } } });
    if (open === 0) break;
    await sleep(1_000);
  }
  await sleep(500);
  const received = sink.mails.filter((m) => m.subject.includes(marker));
  const bySubject = new Map<string, number>();
  for (const m of received) bySubject.set(m.subject, (bySubject.get(m.subject) ?? 0) + 1);
  const expected = (await prisma.mailOutbox.findMany({ where: ours, select: { subject: true } })).map((m) => m.subject);
  const missing = expected.filter((s) => !bySubject.has(s)).length;
  const duplicated = [...bySubject.values()].filter((n) => n > 1).length;
  const split = { s1: received.filter((m) => m.via === "s1").length, s2: received.filter((m) => m.via === "s2").length };
  const seconds = received.length ? (Math.max(...received.map((m) => m.at)) - queuedAt) / 1000 : NaN;
  data.mail = { requested: count, queued, received: received.length, distinct: bySubject.size, missing, duplicated, split, stillOpen: open, seconds };
  const ok = queued === count && received.length === count && bySubject.size === count && missing === 0 && duplicated === 0;
  return [
    `${count} e-mail jatuh tempo, dua pekerja kotak keluar`,
    ok ? "lulus" : "gagal",
    `${queued} di kotak keluar (lewat notify()); sink menerima ${received.length} (${bySubject.size} berbeda, ${duplicated} ganda, ${missing} hilang); server 1 mengirim ${split.s1}, server 2 ${split.s2}; selesai ${seconds.toFixed(0)} s setelah antre`,
  ];
}

// ── 4. File: upload through server 1, download through server 2 ─────────────────────────────────
/** The action id of an exported server action and a page that carries it, from the build. */
async function serverAction(file: string, exportedName: string): Promise<{ id: string; page: string }> {
  const { readFile } = await import("node:fs/promises");
  const manifest = JSON.parse(await readFile(path.join(projectRoot, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, v]) => v.filename === file && v.exportedName === exportedName);
  if (!entry) throw new Error(`Server action ${exportedName} of ${file} not in the build`);
  return { id: entry[0], page: Object.keys(entry[1].workers)[0] };
}

/** A small valid PDF (the document register takes pdf, docx, xlsx, decided by content). */
function samplePdf(): Uint8Array<ArrayBuffer> {
  const stamp = randomBytes(8).toString("hex");
  return new TextEncoder().encode(`%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% bench ${stamp}\ntrailer<</Root 1 0 R>>\n%%EOF\n`);
}

async function checkFile(db: DatabaseConnection, s1: RunningServer, s2: RunningServer, data: Record<string, unknown>): Promise<Row> {
  const check = "Berkas diunggah lewat server 1, diunduh lewat server 2";
  const [doc] = await db.prisma.$queryRaw<{ id: string; version: number }[]>`
    SELECT d."id", d."version" FROM "ControlledDocument" d JOIN "Unit" u ON u."id" = d."unitId"
    WHERE d."status" = 'AKTIF' AND d."sopId" IS NULL
      AND u."path" LIKE '%' || (SELECT "id" FROM "Unit" WHERE "code" = 'ntt.dinsos') || '%'
      AND NOT EXISTS (SELECT 1 FROM "DocumentRevision" r WHERE r."documentId" = d."id" AND r."status" IN ('DRAF', 'DIAJUKAN', 'DIKEMBALIKAN'))
    ORDER BY d."id" LIMIT 1`;
  if (!doc) return [check, "gagal", "tidak ada dokumen terkendali Dinsos tanpa revisi tertunda"];
  const action = await serverAction("lib/documents/actions.ts", "saveRevisionAction");
  const pagePath = action.page.replace(/^app/, "").replace(/\/\([^)]+\)/g, "").replace(/\/page$/, "").replace(/\[id\]/, doc.id);
  const session = await signIn(s1.url, MANAGER, DEMO_PASSWORD);
  const pdf = samplePdf();
  // As the revision form sends it: React's reply encoding (the React of this Next.js build) of one
  // FormData argument: the root "0" is ["$K1"], the form's fields are "_1_<name>".
  const form = new FormData();
  const fields = { documentId: doc.id, revisionNo: "", version: String(doc.version), changeReason: "Uji unggah lewat server 1 (bench skala-keluar)", changedParts: "", effectiveDate: "", text: "" };
  for (const [key, value] of Object.entries(fields)) form.append(`_1_${key}`, value);
  form.append("_1_file", new Blob([pdf], { type: "application/pdf" }), "uji-skala-keluar.pdf");
  form.append("0", JSON.stringify(["$K1"]));
  const upload = await fetch(`${s1.url}${pagePath}`, {
    method: "POST",
    headers: { cookie: session.cookie, "next-action": action.id, accept: "text/x-component", origin: s1.url },
    body: form,
  });
  const reply = await upload.text();
  const revisionNo = Number(/"ok":true,"data":\{"revisionNo":(\d+)\}/.exec(reply)?.[1] ?? NaN);
  if (!upload.ok || !Number.isInteger(revisionNo)) {
    data.file = { uploadStatus: upload.status, reply: reply.slice(0, 1000) };
    return [check, "gagal", `unggah HTTP ${upload.status}: ${reply.slice(0, 160).replace(/\s+/g, " ")}`];
  }
  const download = await fetch(`${s2.url}/documents/${doc.id}/revisions/${revisionNo}/file`, { headers: { cookie: session.cookie } });
  const bytes = new Uint8Array(await download.arrayBuffer());
  const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
  const same = download.ok && sha(bytes) === sha(pdf);
  data.file = { documentId: doc.id, revisionNo, uploadStatus: upload.status, downloadStatus: download.status, bytes: pdf.length, sha256: sha(pdf), downloadedSha256: sha(bytes) };
  return [
    check,
    same ? "lulus" : "gagal",
    `revisi ${revisionNo} disimpan lewat aksi server saveRevisionAction di server 1 (HTTP ${upload.status}); unduhan di server 2 HTTP ${download.status}, ${bytes.length} B, SHA-256 ${same ? "sama" : "berbeda"} (${sha(pdf).slice(0, 12)}…)`,
  ];
}

// ── 5. Throughput at 20 users ───────────────────────────────────────────────────────────────────
async function checkThroughput(s1: RunningServer, s2: RunningServer, proxy: RunningProxy, duration: number, data: Record<string, unknown>) {
  const sessions: Session[] = [];
  for (let i = 0; i < 20; i++) sessions.push(await signIn(s1.url, LEADER, DEMO_PASSWORD));
  const load = { connections: 20, durationSeconds: duration, warmupSeconds: 3, sessions };
  const one = await measure(s1.url, { path: DASHBOARD }, load);
  proxy.setTargets([{ label: "s1", url: s1.url }]);
  const proxiedOne = await measure(proxy.url, { path: DASHBOARD }, load);
  proxy.setTargets([
    { label: "s1", url: s1.url },
    { label: "s2", url: s2.url },
  ]);
  const before = { ...proxy.answered };
  const two = await measure(proxy.url, { path: DASHBOARD }, load);
  const spread = Object.fromEntries(Object.entries(proxy.answered).map(([k, v]) => [k, v - (before[k] ?? 0)]));
  const ratio = two.rps / one.rps;
  data.throughput = { path: DASHBOARD, users: 20, durationSeconds: duration, oneServer: one, proxyOneServer: proxiedOne, proxyTwoServers: two, spread, ratio, cores: os.availableParallelism() };
  const fmt = (l: typeof one) => `${l.rps.toFixed(1)} req/s, p50 ${ms(l.p50)} ms, p95 ${ms(l.p95)} ms${l.errors ? `, ${l.errors} galat` : ""}`;
  const row: Row = [
    `Dasbor pimpinan (${DASHBOARD}), 20 pengguna: satu server vs dua`,
    one.errors + proxiedOne.errors + two.errors === 0 && Math.min(one.requests, proxiedOne.requests, two.requests) > 0 ? "lulus" : "gagal",
    `satu server langsung: ${fmt(one)}; proksi ke satu: ${fmt(proxiedOne)}; proksi ke dua: ${fmt(two)} (s1 ${spread.s1 ?? 0}, s2 ${spread.s2 ?? 0}); rasio dua/satu ${ratio.toFixed(2)}×`,
  ];
  const notes = [
    `Throughput diukur pada ${os.availableParallelism()} inti CPU: kedua server, proksi, PostgreSQL dan autocannon berbagi inti yang sama, jadi server kedua hampir tidak menambah kapasitas (rasio ${ratio.toFixed(2)}×). Di mesin terpisah atau dengan lebih banyak inti, keuntungan diharapkan mendekati jumlah server sampai PostgreSQL menjadi batas.`,
  ];
  return { row, notes };
}

// ── 2. A scheduled job runs once ────────────────────────────────────────────────────────────────
function faketimeLibrary(): string | null {
  return FAKETIME_LIBS.find((f) => existsSync(f)) ?? null;
}

/** The next Monday–Friday JOB_HOUR:00 in JOB_ZONE at or after `from` (epoch ms). */
function nextWeekdayJobHour(from: number): number {
  for (let days = 0; days < 8; days++) {
    const local = new Date(from + JOB_ZONE_OFFSET_HOURS * 3_600_000 + days * 86_400_000);
    const at = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), JOB_HOUR - JOB_ZONE_OFFSET_HOURS);
    const weekday = local.getUTCDay();
    if (at >= from && weekday >= 1 && weekday <= 5) return at;
  }
  throw new Error("no weekday found");
}

async function checkJob(
  db: DatabaseConnection,
  sink: SmtpSink,
  sharedEnv: NodeJS.ProcessEnv,
  ports: number[],
  leadSeconds: number,
  data: Record<string, unknown>,
  notes: string[],
  started: (s: RunningServer) => void,
): Promise<Row> {
  const check = "Tugas terjadwal berjalan sekali (dua server, jam yang sama)";
  const lib = faketimeLibrary();
  if (!lib) return [check, "gagal", "libfaketime tidak terpasang (apt-get install libfaketime): jam kedua server tidak dapat digeser ke jam tugas"];
  const { prisma } = db;
  // A digest reader with three unread notifications: the digest job must queue exactly one e-mail.
  const reader = await prisma.user.findUniqueOrThrow({ where: { email: DIGEST_USER }, select: { id: true, email: true } });
  await prisma.notificationPreference.upsert({
    where: { userId: reader.id },
    create: { userId: reader.id, delivery: "DAILY_DIGEST" },
    update: { delivery: "DAILY_DIGEST", emailEnabled: true },
  });
  const tag = randomBytes(3).toString("hex");
  await prisma.$transaction(async (tx) => {
    for (let i = 0; i < 3; i++) {
      await notify(tx, { event: "objective_submitted", recipientIds: [reader.id], entity: { type: "bench", id: `digest-${tag}-${i}` }, href: "/notifications", title: `Uji ringkasan ${tag} #${i}`, dedupeKey: `bench-digest:${tag}:${i}` });
    }
  });

  const fireReal = Math.ceil((Date.now() + leadSeconds * 1000) / 1000) * 1000;
  const fireFake = nextWeekdayJobHour(fireReal);
  const offsetSeconds = (fireFake - fireReal) / 1000;
  const env = { ...sharedEnv, SMTP_URL: sink.urls.s1, LD_PRELOAD: lib, FAKETIME: `+${offsetSeconds}s` };
  const servers = await Promise.all(ports.map((port, i) => startServer({ port, env: { ...env, SMTP_URL: i === 0 ? sink.urls.s1 : sink.urls.s2 } })));
  servers.forEach(started);
  const readyBeforeFire = Date.now() < fireReal - 2_000;
  if (!readyBeforeFire) return [check, "gagal", `server siap terlambat (${((Date.now() - fireReal) / 1000).toFixed(0)} s setelah jam tugas); naikkan jobLeadSeconds`];
  await sleep(fireReal - Date.now());

  // Every job of the hour logs one line per server: "Tugas NAME (ZONE): N dikerjakan." or "dilewati, …".
  const linePattern = new RegExp(`Tugas (\\S+) \\(${JOB_ZONE.replace("/", "\\/")}\\): ([^\\n]*)\\.`, "g");
  const outcomes = () => servers.map((s) => [...s.output().matchAll(linePattern)].map((m) => ({ job: m[1], outcome: m[2] })));
  let last = "";
  let stableSince = Date.now();
  for (const deadline = Date.now() + 180_000; Date.now() < deadline; await sleep(1_000)) {
    const now = JSON.stringify(outcomes());
    if (now !== last) [last, stableSince] = [now, Date.now()];
    const [a, b] = outcomes();
    if (a.length > 0 && a.length === b.length && Date.now() - stableSince > 5_000) break;
  }
  const [a, b] = outcomes();
  const jobs = [...new Set([...a, ...b].map((o) => o.job))];
  const doneCount = (o?: { outcome: string }) => Number(/^(\d+) dikerjakan/.exec(o?.outcome ?? "")?.[1] ?? NaN);
  const perJob = jobs.map((job) => {
    const [x, y] = [a.find((o) => o.job === job), b.find((o) => o.job === job)];
    const worked = [x, y].filter((o) => doneCount(o) > 0).length;
    return { job, server1: x?.outcome ?? "(tidak ada)", server2: y?.outcome ?? "(tidak ada)", ranTwiceWithWork: worked > 1 };
  });
  const skipped = perJob.filter((j) => /dilewati/.test(j.server1) || /dilewati/.test(j.server2)).length;

  // The effect: one digest e-mail for the reader, delivered once; no duplicated job notification.
  const digestKey = { startsWith: `digest:${reader.id}:` };
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; await sleep(1_000)) {
    const open = await prisma.mailOutbox.count({ where: { dedupeKey: digestKey, status: { in: ["PENDING", "SENDING"] } } });
    if (open === 0) break;
  }
  await sleep(500);
  const digestRows = await prisma.mailOutbox.count({ where: { dedupeKey: digestKey } });
  const digestMails = sink.mails.filter((m) => m.to.includes(reader.email!) && m.subject.includes("Ringkasan notifikasi")).length;
  const [{ reminders, duplicates }] = await prisma.$queryRaw<{ reminders: number; duplicates: number }[]>`
    SELECT count(*)::int AS reminders,
           (SELECT count(*)::int FROM (SELECT 1 FROM "Notification" WHERE "createdAt" >= ${new Date(fireReal - 5_000)} AND "dedupeKey" IS NOT NULL
              GROUP BY "userId", "entityType", "entityId", "event", date_trunc('day', "createdAt") HAVING count(*) > 1) d) AS duplicates
    FROM "Notification" WHERE "createdAt" >= ${new Date(fireReal - 5_000)} AND "dedupeKey" IS NOT NULL AND "dedupeKey" NOT LIKE 'bench-digest:%'`;
  data.job = { faketime: `+${offsetSeconds}s`, shiftedClockAtFire: new Date(fireFake).toISOString(), zone: JOB_ZONE, hour: JOB_HOUR, perJob, digestRows, digestMails, reminders, duplicates };
  const ok = jobs.length > 0 && a.length === b.length && perJob.every((j) => !j.ranTwiceWithWork) && digestRows === 1 && digestMails === 1 && duplicates === 0;
  notes.push(
    "Kunci advisory tugas adalah kunci transaksi: server yang datang setelah server lain selesai (commit) menjalankan tugas itu lagi dan tidak menemukan pekerjaan (\"0 dikerjakan\", karena dedupeKey). Jadi yang dijamin: pekerjaan sebuah tugas dilakukan sekali, bukan bahwa hanya satu server menyentuhnya.",
  );
  const lines = perJob.map((j) => `${j.job}: s1 ${j.server1} / s2 ${j.server2}`).join("; ");
  return [
    check,
    ok ? "lulus" : "gagal",
    `jam kedua server digeser (libfaketime +${offsetSeconds} s) ke ${JOB_HOUR}.00 WITA hari kerja; ${jobs.length} tugas pada detik yang sama, ${skipped} dilewati satu server karena kunci advisory; ${reminders} notifikasi pengingat tanpa ganda; ringkasan harian: ${digestRows} baris kotak keluar, ${digestMails} e-mail diterima. Rincian: ${lines}`,
  ];
}

// ── The database ────────────────────────────────────────────────────────────────────────────────
async function createDemoDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const server = process.env.BENCH_PG_SERVER ?? "postgresql://postgres@127.0.0.1:5432";
  const name = `portal_mutu_bench_scale_out_${process.pid}`;
  const admin = new pg.Client({ connectionString: `${server}/postgres` });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = `${server}/${name}`;
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/db-seed.ts"], { cwd: projectRoot, env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "ignore", "inherit"] });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`db-seed exited ${code}`))));
  });
  return {
    url,
    drop: async () => {
      const client = new pg.Client({ connectionString: `${server}/postgres` });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

// ── Run alone ───────────────────────────────────────────────────────────────────────────────────
if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("scale-out.ts")) {
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=").slice(1).join("=");
  const section = await runScaleOut({
    databaseUrl: arg("database"),
    durationSeconds: arg("duration") ? Number(arg("duration")) : undefined,
    mails: arg("mails") ? Number(arg("mails")) : undefined,
  });
  console.log(`\n## ${section.title}\n`);
  console.log(`| ${section.header.join(" | ")} |\n| ${section.header.map(() => "---").join(" | ")} |`);
  for (const row of section.rows) console.log(`| ${row.join(" | ")} |`);
  for (const note of section.notes ?? []) console.log(`\n${note}`);
  process.exit(0);
}
