// Seed SOP documents: how long parsing the three seed documents takes, and importing them into an
// empty embedded database (migrated, organisation tree loaded). Reports; asserts nothing.
// `npm run bench:sop` runs this part alone and prints its table.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { openPglite } from "../../lib/db/connection";
import { applyMigrations } from "../../lib/db/migrate";
import { parseSopDocument } from "../../lib/sops/import";
import { seedDemoData } from "../../seeds";
import { importSopDocument, SOP_DOCUMENTS, sopDocumentPath } from "../../seeds/sops";
import { ms, type BenchSection } from "./contract";
import { sectionMarkdown } from "./report";

const ROUNDS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timed<T>(work: () => T): [T, number] {
  const start = performance.now();
  const value = work();
  return [value, performance.now() - start];
}

async function timedAsync<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await work();
  return [value, performance.now() - start];
}

export interface SeedImportRow {
  file: string;
  kib: number;
  sops: number;
  parseMs: number;
  importMs: number;
  created: number;
  skipped: number;
}

export interface SeedImportData {
  rounds: number;
  documents: SeedImportRow[];
  parseAllMs: number;
  importAllMs: number;
  reimportAllMs: number;
}

export async function runSeedImport(): Promise<BenchSection> {
  const texts = SOP_DOCUMENTS.map((d) => ({ ...d, text: readFileSync(sopDocumentPath(d.file), "utf8") }));
  for (const doc of texts) parseSopDocument(doc.text, { fileName: doc.file }); // warm-up

  const parseAll: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    parseAll.push(timed(() => texts.forEach((doc) => parseSopDocument(doc.text, { fileName: doc.file })))[1]);
  }
  const documents: SeedImportRow[] = texts.map((doc) => {
    const times: number[] = [];
    let sops = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const [parsed, took] = timed(() => parseSopDocument(doc.text, { fileName: doc.file }));
      sops = parsed.sops.length;
      times.push(took);
    }
    return { file: doc.file, kib: doc.text.length / 1024, sops, parseMs: median(times), importMs: 0, created: 0, skipped: 0 };
  });

  const connection = await openPglite("memory://");
  let reimportAllMs = 0;
  try {
    await applyMigrations(connection.sql);
    await seedDemoData(connection.prisma, { sops: false });
    for (const [i, doc] of texts.entries()) {
      const [report, took] = await timedAsync(() => importSopDocument(connection.prisma, doc.file, doc.agencyCode));
      Object.assign(documents[i], { importMs: took, created: report.created, skipped: report.skipped });
    }
    [, reimportAllMs] = await timedAsync(async () => {
      for (const doc of texts) await importSopDocument(connection.prisma, doc.file, doc.agencyCode);
    });
  } finally {
    await connection.close();
  }

  const data: SeedImportData = {
    rounds: ROUNDS,
    documents,
    parseAllMs: median(parseAll),
    importAllMs: documents.reduce((sum, d) => sum + d.importMs, 0),
    reimportAllMs,
  };
  const rows = documents.map((d) => [d.file, d.kib.toFixed(0), String(d.sops), ms(d.parseMs), ms(d.importMs), `${d.created} / ${d.skipped}`]);
  rows.push([
    "all three",
    documents.reduce((sum, d) => sum + d.kib, 0).toFixed(0),
    String(documents.reduce((sum, d) => sum + d.sops, 0)),
    ms(data.parseAllMs),
    ms(data.importAllMs),
    "",
  ]);
  return {
    id: "seed-import",
    title: "Seed SOP documents: parse and import",
    header: ["Document", "KiB", "SOPs", "Parse ms", "Import ms", "Created / skipped"],
    rows,
    notes: [
      `Parse: median of ${ROUNDS} rounds after one warm-up. Import: into an empty PGlite in memory (migrated, demo organisation without SOPs), one transaction per document.`,
      `Re-import of the unchanged documents (nothing written): ${ms(reimportAllMs)} ms.`,
    ],
    data,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(sectionMarkdown(await runSeedImport()));
}
