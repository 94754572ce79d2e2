// The measured requests of the load bench (issue 17), each beside the raw SQL that computes the
// same data. Ids and accounts come from the database (role grants and data, never names), so the
// same scenarios run on the demo data and on the generated province.
import { readFileSync } from "node:fs";
import path from "node:path";
import type pg from "pg";
import { keyedHashActivity, toJsonSnapshot } from "../../lib/activity/hash";
import { activityKey } from "../../lib/activity/key";
import { GENESIS_HASH } from "../../lib/activity/constants";
import { HEADLINE_OPTIONS } from "../../lib/sops/snippet";

export type ScenarioKind = "dashboard" | "list" | "page" | "save";

/** One signed-in user of a scenario: the request they send and the values of the SQL for their data. */
export interface Actor {
  email: string;
  path: string;
  sqlValues: unknown[];
  /** The checklist save: the item this actor answers and the version they last saw. */
  item?: { id: string; auditId: string; question: string; answer: string | null; version: number; userId: string; userName: string };
}

export interface Scenario {
  id: string;
  title: string;
  kind: ScenarioKind;
  method: "GET" | "POST";
  headers?: Record<string, string>;
  /** Texts every answer must contain (HTML-escaped): the page really rendered this data. */
  markers: string[];
  actors: Actor[];
  /** The hand-written SQL for one request of this actor, on a pool client. */
  runSql(client: pg.PoolClient, actor: Actor): Promise<void>;
  /** The request body of the actor's next request (the save sends the version it last saw). */
  body?(actor: Actor): string;
  /** Re-reads what the actors send (the save: each item's version) before each measured phase. */
  refresh?(pool: Queryable): Promise<void>;
  /** Reads a 2xx answer; false counts as an error. Defaults to "contains every marker". */
  check?(body: string, actor: Actor): boolean;
  notes: string[];
}

export interface ScenarioSet {
  scenarios: Scenario[];
  skipped: { id: string; reason: string }[];
}

const MAX_ACTORS = 20;
const FINDINGS_PAGE_SIZE = 20;
const SOPS_PAGE_SIZE = 25;
const TARGET_FINDINGS_PAGE = 400;

const sqlText = (name: string) => readFileSync(path.join(import.meta.dirname, "sql", `${name}.sql`), "utf8");

export const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
/** Today in WITA, the calendar corrective actions and RTL count overdue days in. */
const witaDay = (d: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Makassar", year: "numeric", month: "2-digit", day: "2-digit" }).format(d);

function plainSql(text: string): Scenario["runSql"] {
  return async (client, actor) => {
    await client.query(text, actor.sqlValues);
  };
}

const defaultCheck = (markers: string[]) => (body: string) => markers.every((m) => body.includes(m));

/** What picking the scenarios needs of a database: a pg Pool, or PGlite opened on a stopped server's directory. */
export interface Queryable {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

type Row = Record<string, unknown>;
async function rows<T extends Row>(pool: Queryable, text: string, values: unknown[] = []): Promise<T[]> {
  return (await pool.query(text, values)).rows as T[];
}

/** Users whose only grants are `roles` on one PERANGKAT_DAERAH unit: the agency's leaders. */
async function agencyHolders(pool: Queryable, roles: ("PIMPINAN" | "MANAJER_MUTU")[]) {
  const list = roles.map((r) => `'${r}'`).join(", ");
  return rows<{ email: string; userId: string; agencyId: string; agencyPath: string; agencyName: string }>(pool, `
    SELECT u.email, u.id AS "userId", a.id AS "agencyId", a.path AS "agencyPath", a.name AS "agencyName"
    FROM "User" u JOIN "RoleGrant" g ON g."userId" = u.id JOIN "Unit" a ON a.id = g."unitId"
    WHERE u.active AND u.email IS NOT NULL AND a.type = 'PERANGKAT_DAERAH' AND a.active
      AND NOT EXISTS (SELECT 1 FROM "RoleGrant" o WHERE o."userId" = u.id AND (o."unitId" IS DISTINCT FROM g."unitId" OR o.role::text NOT IN (${list})))
      AND g.role::text IN (${list})
    GROUP BY u.email, u.id, a.id ORDER BY a.name, u.email LIMIT ${MAX_ACTORS}`);
}

/** Province readers: PEMANTAU on the whole portal or on a PROVINSI unit, with the path they read. */
async function provinceReaders(pool: Queryable) {
  return rows<{ email: string; scopePath: string }>(pool, `
    SELECT u.email, min(coalesce(p.path, '')) AS "scopePath"
    FROM "User" u JOIN "RoleGrant" g ON g."userId" = u.id LEFT JOIN "Unit" p ON p.id = g."unitId"
    WHERE u.active AND u.email IS NOT NULL AND g.role = 'PEMANTAU' AND (g."unitId" IS NULL OR p.type = 'PROVINSI')
    GROUP BY u.email ORDER BY u.email LIMIT ${MAX_ACTORS}`);
}

export async function buildScenarios(pool: Queryable, now: Date = new Date()): Promise<ScenarioSet> {
  const scenarios: Scenario[] = [];
  const skipped: ScenarioSet["skipped"] = [];
  const year = now.getUTCFullYear();
  const nowTs = now.toISOString();
  const today = isoDay(now);
  const todayWita = witaDay(now);
  const add = async (id: string, make: () => Promise<Scenario | string>) => {
    const made = await make();
    if (typeof made === "string") skipped.push({ id, reason: made });
    else scenarios.push(made);
  };

  await add("dashboard-agency", async () => {
    const leaders = await agencyHolders(pool, ["PIMPINAN"]);
    if (leaders.length === 0) return "no user holds only PIMPINAN on an agency";
    const text = sqlText("dashboard-agency");
    return {
      id: "dashboard-agency", title: "Dasbor pimpinan Perangkat Daerah (/dashboard)", kind: "dashboard", method: "GET",
      markers: [], // per actor: see check
      actors: leaders.map((l) => ({ email: l.email, path: "/dashboard", sqlValues: [l.agencyPath, year, nowTs, today, todayWita, l.userId] })),
      runSql: plainSql(text),
      check: (body, actor) => body.includes(escapeHtml(`Dasbor pimpinan ${year}: ${leaders.find((l) => l.email === actor.email)!.agencyName}`)),
      notes: [`${new Set(leaders.map((l) => l.agencyId)).size} agencies' leaders, each on their own agency; marker: the "Dasbor pimpinan ${year}: <agency>" heading`],
    };
  });

  await add("dashboard-province", async () => {
    const readers = await provinceReaders(pool);
    if (readers.length === 0) return "no PEMANTAU on the portal or a PROVINSI unit";
    const markers = ["Perbandingan Perangkat Daerah"];
    return {
      id: "dashboard-province", title: "Perbandingan Perangkat Daerah (/dashboards/province)", kind: "dashboard", method: "GET", markers,
      actors: readers.map((r) => ({ email: r.email, path: "/dashboards/province", sqlValues: [r.scopePath, year, nowTs, today, todayWita] })),
      runSql: plainSql(sqlText("dashboard-province")),
      notes: [`${readers.length} province reader(s)`],
    };
  });

  const readers = await provinceReaders(pool);
  for (const which of ["first", "deep"] as const) {
    const id = which === "first" ? "findings-page-1" : "findings-page-400";
    await add(id, async () => {
      if (readers.length === 0) return "no province reader to read every agency's findings";
      const scope = readers[0].scopePath;
      const inScope = readers.filter((r) => r.scopePath === scope);
      const filter = await findingsFilter(pool, scope);
      if (!filter) return "no findings";
      const pages = Math.max(1, Math.ceil(filter.total / FINDINGS_PAGE_SIZE));
      const page = which === "first" ? 1 : Math.min(TARGET_FINDINGS_PAGE, pages);
      const values = [scope, `${filter.from}T00:00:00Z`, filter.source, filter.category, (page - 1) * FINDINGS_PAGE_SIZE, nowTs];
      const text = sqlText("findings");
      const [page1] = await rows<{ rows: { number: string }[] | null }>(pool, text, values);
      const first = page1.rows?.[0]?.number;
      const params = new URLSearchParams({ from: filter.from, ...(filter.source ? { source: filter.source } : {}), ...(filter.category ? { category: filter.category } : {}), page: String(page) });
      const markers = first ? [escapeHtml(first)] : ["Temuan"];
      return {
        id, title: `Register temuan halaman ${page} dari ${pages} (/findings?${params})`, kind: "list", method: "GET", markers,
        actors: inScope.map((r) => ({ email: r.email, path: `/findings?${params}`, sqlValues: values })),
        runSql: plainSql(text),
        notes: [
          `filters ${filter.describe} keep ${filter.total} findings (${pages} pages of ${FINDINGS_PAGE_SIZE}); page ${page}${which === "deep" && pages < TARGET_FINDINGS_PAGE ? " is the last page (fewer than 400 on this data)" : ""}`,
          `marker: the page's first finding number ${first ?? "(none)"}`,
        ],
      };
    });
  }

  await add("sops-search", async () => {
    const [word] = await rows<{ word: string; n: string }>(pool, `
      SELECT w AS word, count(DISTINCT s.id) AS n FROM "Sop" s, regexp_split_to_table(lower(s.title), '[^a-z]+') AS w
      WHERE s.active AND length(w) >= 6 GROUP BY w ORDER BY n DESC, w LIMIT 1`);
    if (!word) return "no active SOP";
    const users = await rows<{ email: string }>(pool, `
      SELECT u.email FROM "User" u WHERE u.active AND u.email IS NOT NULL AND EXISTS (SELECT 1 FROM "RoleGrant" g WHERE g."userId" = u.id)
      ORDER BY u.email LIMIT ${MAX_ACTORS}`);
    const q = word.word;
    const values = [q, `%${q}%`, HEADLINE_OPTIONS, SOPS_PAGE_SIZE];
    const markers = ["Katalog SOP AP"];
    return {
      id: "sops-search", title: `Pencarian katalog SOP (/sops?q=${q}&agencyId=semua)`, kind: "list", method: "GET", markers,
      actors: users.map((u) => ({ email: u.email, path: `/sops?q=${encodeURIComponent(q)}&agencyId=semua`, sqlValues: values })),
      runSql: plainSql(sqlText("sops-search")),
      check: (body) => body.includes(markers[0]) && !body.includes("Tidak ada SOP"),
      notes: [`"${q}": the longest-common title word, in ${word.n} active SOPs`],
    };
  });

  await add("sop-detail", async () => {
    const [sop] = await rows<{ id: string; title: string; steps: number; agencyPath: string }>(pool, `
      SELECT s.id, s.title, s."stepCount" AS steps, coalesce((SELECT a.path FROM "Unit" a WHERE a.type = 'PERANGKAT_DAERAH' AND u.path LIKE a.path || '%'
        ORDER BY length(a.path) DESC LIMIT 1), u.path) AS "agencyPath"
      FROM "Sop" s JOIN "Unit" u ON u.id = s."unitId" WHERE s.active ORDER BY s."stepCount" DESC, s.id LIMIT 1`);
    if (!sop) return "no active SOP";
    const users = await rows<{ email: string }>(pool, `
      SELECT DISTINCT u.email FROM "User" u JOIN "RoleGrant" g ON g."userId" = u.id JOIN "Unit" gu ON gu.id = g."unitId"
      WHERE u.active AND u.email IS NOT NULL AND gu.path LIKE $1 || '%' ORDER BY u.email LIMIT ${MAX_ACTORS}`, [sop.agencyPath]);
    if (users.length === 0) return "no user with a grant in the SOP's agency";
    const markers = [escapeHtml(sop.title)];
    return {
      id: "sop-detail", title: `Halaman SOP dengan diagram alir (/sops/<id>, ${sop.steps} langkah)`, kind: "page", method: "GET", markers,
      actors: users.map((u) => ({ email: u.email, path: `/sops/${sop.id}`, sqlValues: [sop.id, sop.agencyPath] })),
      runSql: plainSql(sqlText("sop-detail")),
      notes: [`the SOP with the most steps (${sop.steps}); readers with a grant in its agency; marker: its title`],
    };
  });

  await add("objectives-overview", async () => {
    const holders = await agencyHolders(pool, ["PIMPINAN", "MANAJER_MUTU"]);
    if (holders.length === 0) return "no PIMPINAN or MANAJER_MUTU holding only an agency grant";
    const markers = ["Ikhtisar Sasaran Mutu"];
    return {
      id: "objectives-overview", title: `Ikhtisar sasaran mutu (/objectives/overview, tahun ${year})`, kind: "list", method: "GET", markers,
      actors: holders.map((h) => ({ email: h.email, path: `/objectives/overview?unitId=${h.agencyId}&year=${year}`, sqlValues: [h.agencyPath, h.agencyPath, year] })),
      runSql: plainSql(sqlText("objectives-overview")),
      notes: [`leaders and quality managers of ${new Set(holders.map((h) => h.agencyId)).size} agencies, each on their own agency`],
    };
  });

  await add("review-pack", async () => {
    const [review] = await rows<{ id: string; number: string; agencyId: string; agencyPath: string; from: Date; to: Date }>(pool, `
      SELECT r.id, r.number, r."agencyId", a.path AS "agencyPath", r."periodFrom" AS from, r."periodTo" AS to
      FROM "ManagementReview" r JOIN "Unit" a ON a.id = r."agencyId"
      WHERE r."frozenAt" IS NULL AND r.status <> 'DIBATALKAN'
      ORDER BY (SELECT count(*) FROM "Finding" f WHERE f."agencyId" = r."agencyId") DESC, r.id LIMIT 1`);
    if (!review) return "no management review whose pack is still compiled live (frozenAt empty)";
    const users = await rows<{ email: string }>(pool, `
      SELECT DISTINCT u.email FROM "User" u JOIN "RoleGrant" g ON g."userId" = u.id LEFT JOIN "Unit" gu ON gu.id = g."unitId"
      WHERE u.active AND u.email IS NOT NULL AND g.role IN ('MANAJER_MUTU', 'PIMPINAN', 'PEMANTAU') AND (g."unitId" IS NULL OR $1 LIKE gu.path || '%')
      ORDER BY u.email LIMIT ${MAX_ACTORS}`, [review.agencyPath]);
    if (users.length === 0) return "no reader of the review's agency";
    const values = [review.id, review.agencyId, review.agencyPath, isoDay(review.from), isoDay(review.to), todayWita, nowTs];
    return {
      id: "review-pack", title: "Bahan masukan tinjauan manajemen dihimpun langsung (/management-reviews/<id>)", kind: "page", method: "GET",
      markers: [escapeHtml(review.number)],
      actors: users.map((u) => ({ email: u.email, path: `/management-reviews/${review.id}`, sqlValues: values })),
      runSql: plainSql(sqlText("review-pack")),
      notes: [`review ${review.number}, not started, so every request compiles the 9.3.2 pack from live data; its readers (MANAJER_MUTU, PIMPINAN, PEMANTAU over the agency)`],
    };
  });

  await add("checklist-save", () => checklistSave(pool));
  return { scenarios, skipped };
}

/**
 * The register filter of the deep page: the narrowest of "source" or "category" (the most common
 * value of each) that still leaves 400 pages, else only "raised from" the first finding's day.
 */
async function findingsFilter(pool: Queryable, scope: string) {
  const [stats] = await rows<{ total: string; from: Date | null }>(pool, `
    SELECT count(*) AS total, min(f."raisedAt") AS from FROM "Finding" f JOIN "Unit" u ON u.id = f."unitId" WHERE u.path LIKE $1 || '%'`, [scope]);
  if (!stats.from) return null;
  const from = isoDay(stats.from);
  const need = TARGET_FINDINGS_PAGE * FINDINGS_PAGE_SIZE;
  const candidates = await rows<{ column: string; value: string; n: string }>(pool, `
    (SELECT 'source' AS column, f.source::text AS value, count(*) AS n FROM "Finding" f JOIN "Unit" u ON u.id = f."unitId"
      WHERE u.path LIKE $1 || '%' GROUP BY 2 ORDER BY 3 DESC LIMIT 1)
    UNION ALL
    (SELECT 'category', f.category::text, count(*) FROM "Finding" f JOIN "Unit" u ON u.id = f."unitId"
      WHERE u.path LIKE $1 || '%' GROUP BY 2 ORDER BY 3 DESC LIMIT 1)`, [scope]);
  const narrow = candidates.filter((c) => Number(c.n) >= need).sort((a, b) => Number(a.n) - Number(b.n))[0];
  return {
    from,
    source: narrow?.column === "source" ? narrow.value : null,
    category: narrow?.column === "category" ? narrow.value : null,
    total: narrow ? Number(narrow.n) : Number(stats.total),
    describe: `from=${from}${narrow ? ` ${narrow.column}=${narrow.value}` : ""}`,
  };
}

export const ANSWER_ACTION = "answerChecklistItemAction";

/** The server action id of the checklist answer, from the build's server reference manifest. */
export function checklistActionId(projectRoot: string): string {
  const manifest = JSON.parse(readFileSync(path.join(projectRoot, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, v]) => v.exportedName === ANSWER_ACTION && v.filename === "lib/audits/checklist-actions.ts");
  if (!found) throw new Error(`${ANSWER_ACTION} is not in the build's server-reference-manifest.json`);
  return found[0];
}

/**
 * An audit checklist answer saved through the server action the checklist page calls, as an
 * assigned auditor of an audit in PELAKSANAAN. Each actor answers its own item (no finding yet,
 * answered SESUAI or not yet) and sends the version its last save returned, as the page does
 * after router.refresh(); so every save is a real write that bumps the version, never a stale refusal.
 */
async function checklistSave(pool: Queryable): Promise<Scenario | string> {
  const items = await rows<{ id: string; auditId: string; question: string; answer: string | null; version: number; userId: string; userName: string; email: string }>(pool, `
    SELECT DISTINCT ON (i.id) i.id, i."auditId", i.question, i.answer::text AS answer, i.version, u.id AS "userId", u.name AS "userName", u.email
    FROM "ChecklistItem" i JOIN "Audit" a ON a.id = i."auditId"
    JOIN "AuditTeamMember" m ON m."auditId" = a.id JOIN "User" u ON u.id = m."userId"
    WHERE a.status = 'PELAKSANAAN' AND a."reportLockedAt" IS NULL AND u.active AND u.email IS NOT NULL
      AND EXISTS (SELECT 1 FROM "RoleGrant" g WHERE g."userId" = u.id AND g.role = 'AUDITOR')
      AND NOT EXISTS (SELECT 1 FROM "Finding" f WHERE f."checklistItemId" = i.id)
      AND (i.answer IS NULL OR i.answer = 'SESUAI')
    ORDER BY i.id, u.email LIMIT ${MAX_ACTORS}`);
  if (items.length === 0) return "no editable checklist item (an audit in PELAKSANAAN, not locked, with an assigned AUDITOR)";
  const actors: Actor[] = items.map((i) => ({
    email: i.email, path: `/audits/${i.auditId}/checklist`, sqlValues: [],
    item: { id: i.id, auditId: i.auditId, question: i.question, answer: i.answer, version: i.version, userId: i.userId, userName: i.userName },
  }));
  const body = (actor: Actor) => JSON.stringify([{ id: actor.item!.id, version: actor.item!.version, answer: "SESUAI", evidenceNote: "Diperiksa (uji beban)" }]);
  return {
    id: "checklist-save", title: "Simpan jawaban daftar periksa audit (server action)", kind: "save", method: "POST",
    headers: { accept: "text/x-component", "content-type": "text/plain;charset=UTF-8" },
    markers: ['"ok":true'],
    actors, body,
    check: (text, actor) => {
      const saved = /"ok":true,"data":\{"version":(\d+)/.exec(text);
      if (!saved) return false;
      actor.item!.version = Number(saved[1]);
      return true;
    },
    runSql: saveSql,
    refresh: async (db) => {
      const current = await rows<{ id: string; version: number }>(db, `SELECT id, version FROM "ChecklistItem" WHERE id IN (${actors.map((_, i) => `$${i + 1}`).join(", ")})`, actors.map((a) => a.item!.id));
      for (const a of actors) a.item!.version = current.find((c) => c.id === a.item!.id)?.version ?? a.item!.version;
    },
    notes: [
      `${items.length} item(s) of audits in PELAKSANAAN, one per connection, each saved by an assigned auditor with the version its previous save returned`,
      "the SQL does what the action writes: lock the item, check the audit and the team, update with the version, extend the activity chain (advisory lock, last hash, keyed hash)",
    ],
  };
}

async function saveSql(client: pg.PoolClient, actor: Actor): Promise<void> {
  const item = actor.item!;
  await client.query("BEGIN");
  try {
    await client.query(`SELECT 1 FROM "ChecklistItem" WHERE id = $1 FOR UPDATE`, [item.id]);
    const { rows: found } = await client.query<{ question: string; answer: string | null; version: number; ok: boolean }>(`
      SELECT i.question, i.answer::text AS answer, i.version,
        a.status = 'PELAKSANAAN' AND a."reportLockedAt" IS NULL
          AND EXISTS (SELECT 1 FROM "AuditTeamMember" m WHERE m."auditId" = a.id AND m."userId" = $2) AS ok
      FROM "ChecklistItem" i JOIN "Audit" a ON a.id = i."auditId" WHERE i.id = $1`, [item.id, item.userId]);
    if (!found[0]?.ok || found[0].version !== item.version) throw new Error(`checklist item ${item.id} is not editable or stale`);
    const updated = await client.query<{ version: number }>(`
      UPDATE "ChecklistItem" SET answer = 'SESUAI', "evidenceNote" = $3, "answeredById" = $4, "answeredAt" = now(), version = version + 1
      WHERE id = $1 AND version = $2 RETURNING version`, [item.id, item.version, "Diperiksa (uji beban)", item.userId]);
    if (updated.rowCount !== 1) throw new Error(`checklist item ${item.id} is stale`);
    await client.query("SELECT pg_advisory_xact_lock(9001)");
    const { rows: last } = await client.query<{ hash: string }>(`SELECT hash FROM "Activity" ORDER BY id DESC LIMIT 1`);
    const content = {
      at: new Date(), actorId: item.userId, actorLabel: item.userName, entity: "audit", entityId: item.auditId, action: "checklist_answer",
      before: toJsonSnapshot({ butir: found[0].question, jawaban: found[0].answer }), after: toJsonSnapshot({ butir: found[0].question, jawaban: "SESUAI" }),
      reason: null, prevHash: last[0]?.hash ?? GENESIS_HASH,
    };
    await client.query(`
      INSERT INTO "Activity" (at, "actorId", "actorLabel", entity, "entityId", action, before, after, reason, "prevHash", hash)
      VALUES ($1::timestamp, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9, $10, $11)`, [
      content.at.toISOString(), content.actorId, content.actorLabel, content.entity, content.entityId, content.action,
      JSON.stringify(content.before), JSON.stringify(content.after), content.reason, content.prevHash, keyedHashActivity(content, activityKey()),
    ]);
    await client.query("COMMIT");
    item.version = updated.rows[0].version;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}
