// 4,000 SOPs made from the seed SOPs (parsed with the project's parser as seeds/sops.ts does), with
// varied names, numbers, steps and actors, each with 1-3 revisions and its PROSEDUR document
// (one document revision per SOP revision, as ensureSopDocument writes them).
import { readdirSync, readFileSync } from "node:fs";
import { sopContentSchema, searchTextOf, totalMinutesOf, type SopContent } from "../../../lib/sops/content";
import { parseSopDocument } from "../../../lib/sops/import";
import { contentOf, hashContent } from "../../../lib/sops/import-plan";
import { numberKey, titleKey } from "../../../lib/sops/keys";
import { sopDocumentPath } from "../../../seeds/sops";
import { addDays, day, idOf, insertRows, json, randomFor, scaled, TODAY, type Random, type Row } from "./context";
import type { Generation } from "./model";

function seedContents(): SopContent[] {
  const dir = sopDocumentPath("");
  const out: SopContent[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
    const parsed = parseSopDocument(readFileSync(sopDocumentPath(file), "utf8"), { fileName: file });
    for (const sop of parsed.sops) {
      const result = sopContentSchema.safeParse(contentOf(sop, file).content);
      if (result.success && result.data.steps.length > 0) out.push(result.data);
    }
  }
  if (out.length === 0) throw new Error("No seed SOP parsed");
  return out;
}

const QUALIFIERS = ["", " Tingkat Provinsi", " secara Elektronik", " pada UPTD", " Layanan Terpadu", " Tahap Verifikasi", " dan Pelaporannya"];
const ACTOR_ALIASES = ["Kepala Seksi", "Analis", "Pengelola Data", "Verifikator", "Operator Layanan", "Bendahara", "Petugas Loket"];

function vary(base: SopContent, rnd: Random, label: string, number: string): SopContent {
  const actors = base.actors.map((a) => (rnd.chance(0.3) ? `${rnd.pick(ACTOR_ALIASES)} ${a}`.slice(0, 300) : a));
  const unique = [...new Set(actors)];
  const rename = new Map(base.actors.map((a, i) => [a, actors[i]]));
  let steps = base.steps.map((s) => ({
    ...s,
    actor: s.actor === null ? null : (rename.get(s.actor) ?? null),
    waktu_minutes: s.waktu_minutes === null ? null : Math.max(1, Math.round(s.waktu_minutes * (0.5 + rnd.next()))),
  }));
  if (steps.length > 3 && rnd.chance(0.4)) steps = steps.filter((_, i) => i !== rnd.int(1, steps.length - 2));
  if (rnd.chance(0.3)) {
    const at = rnd.int(0, steps.length - 1);
    steps.splice(at + 1, 0, { ...steps[at], no: null, activity: `Memeriksa kembali kelengkapan: ${steps[at].activity}`.slice(0, 4000), decision: false });
  }
  steps = steps.map((s, i) => ({ ...s, no: i + 1 }));
  return { ...base, nomor: number, nama: `${base.nama}${rnd.pick(QUALIFIERS)} ${label}`.trim().slice(0, 500), actors: unique, steps };
}

export async function generateSops(g: Generation): Promise<void> {
  const rnd = randomFor("sops");
  const bases = seedContents();
  const total = scaled(g.scale, "sops");
  const sops: Row[] = [];
  const revisions: Row[] = [];
  const documents: Row[] = [];
  const docRevisions: Row[] = [];
  let revN = 0;
  for (let n = 0; n < total; n++) {
    const agency = g.agencies[n % g.agencies.length];
    const unit = rnd.chance(0.2) ? agency.unit : rnd.pick(agency.units);
    const seq = Math.floor(n / g.agencies.length) + 1;
    const number = `SOP-${String(agency.index + 1).padStart(2, "0")}.${String(seq).padStart(3, "0")}/${1990 + (n % 30) + 10}`;
    const content = vary(bases[n % bases.length], rnd, `(${unit.shortName} ${seq})`, number);
    const id = idOf("sop", n + 1);
    const revisionCount = rnd.weighted([[1, 5], [2, 3], [3, 2]] as const);
    const created = addDays(day(2017, 1, 15), rnd.int(0, 900));
    const time = totalMinutesOf(content);
    const currentAt = addDays(created, (revisionCount - 1) * rnd.int(200, 500));
    sops.push([
      id, unit.id, content.nomor, content.nama, titleKey(content.nama), numberKey(content.nomor), revisionCount, content.steps.length,
      time.total, time.unknownSteps, searchTextOf(content), created, currentAt,
    ]);
    agency.sopIds.push(id);
    agency.sopUnit.set(id, unit.id);
    const docId = idOf("doc", n + 1);
    const docCode = `${content.nomor}`;
    const reviewAt = addDays(currentAt, 730);
    documents.push([
      docId, agency.unit.id, unit.id, "PROSEDUR", docCode, content.nama, "BEBAS", id, 5, 5, "PERMANEN", 24, "AKTIF", revisionCount,
      created, reviewAt < TODAY ? reviewAt : reviewAt, created, currentAt,
    ]);
    for (let r = 1; r <= revisionCount; r++) {
      const at = addDays(created, (r - 1) * Math.round((currentAt.getTime() - created.getTime()) / 86_400_000 / Math.max(1, revisionCount - 1)));
      const revContent = r === revisionCount ? content : { ...content, steps: content.steps.slice(0, Math.max(1, content.steps.length - (revisionCount - r))) };
      revisions.push([idOf("soprev", ++revN), id, r, json(revContent), hashContent(revContent), "import", `bench-${n + 1}.txt`, json([]), "Sistem (data awal)", at]);
      const next = r < revisionCount ? addDays(created, r * Math.round((currentAt.getTime() - created.getTime()) / 86_400_000 / Math.max(1, revisionCount - 1))) : null;
      docRevisions.push([idOf("docrev", revN), docId, r, r === revisionCount ? "BERLAKU" : "KADALUARSA", `Impor dari bench-${n + 1}.txt`, "Sistem (data awal)", day(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate()), at, next, at, at]);
      g.events.push({ at, actor: null, entity: "sop", entityId: id, action: r === 1 ? "create" : "revise", after: { revisionNo: r, title: content.nama } });
    }
    g.events.push({ at: created, actor: null, entity: "document", entityId: docId, action: "create", after: { type: "PROSEDUR", code: docCode } });
  }
  await insertRows(g.client, "Sop", ["id", "unitId", "number", "title", "titleKey", "numberKey", "currentRevisionNo", "stepCount", "totalMinutes", "unknownTimeSteps", "searchText", "createdAt", "updatedAt"], sops);
  await insertRows(g.client, "SopRevision", ["id", "sopId", "revisionNo", "content", "contentHash", "source", "sourceName", "warnings", "createdBy", "createdAt"], revisions);
  await insertRows(g.client, "ControlledDocument", [
    "id", "agencyId", "unitId", "type", "code", "title", "access", "sopId", "retentionActiveYears", "retentionInactiveYears", "finalDisposition",
    "reviewIntervalMonths", "status", "currentRevisionNo", "firstEffectiveAt", "nextReviewAt", "createdAt", "updatedAt",
  ], documents);
  await insertRows(g.client, "DocumentRevision", ["id", "documentId", "revisionNo", "status", "changeReason", "requestedBy", "effectiveDate", "effectiveAt", "obsoleteAt", "createdAt", "updatedAt"], docRevisions);
  g.counters.docrev = revN;
  g.counters.doc = total;
}
