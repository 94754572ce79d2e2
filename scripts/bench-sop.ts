// npm run bench:sop: how long parsing the three seed SOP documents takes, and importing them into
// an empty embedded database (migrated, organisation tree loaded). Reports; asserts nothing.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { openPglite } from "../lib/db/connection";
import { applyMigrations } from "../lib/db/migrate";
import { parseSopDocument } from "../lib/sops/import";
import { seedDemoData } from "../seeds";
import { importSopDocument, SOP_DOCUMENTS, sopDocumentPath } from "../seeds/sops";

const ROUNDS = 5;
const texts = SOP_DOCUMENTS.map((d) => ({ ...d, text: readFileSync(sopDocumentPath(d.file), "utf8") }));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

console.log(`Parsing (median of ${ROUNDS} rounds after one warm-up):`);
for (const doc of texts) parseSopDocument(doc.text, { fileName: doc.file });
let sopCount = 0;
const totals: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const start = performance.now();
  sopCount = texts.reduce((n, doc) => n + parseSopDocument(doc.text, { fileName: doc.file }).sops.length, 0);
  totals.push(performance.now() - start);
}
for (const doc of texts) {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    parseSopDocument(doc.text, { fileName: doc.file });
    times.push(performance.now() - start);
  }
  console.log(`  ${doc.file} (${(doc.text.length / 1024).toFixed(0)} KiB): ${median(times).toFixed(1)} ms`);
}
console.log(`  all three: ${median(totals).toFixed(1)} ms for ${sopCount} SOPs`);

const connection = await openPglite("memory://");
await applyMigrations(connection.sql);
await seedDemoData(connection.prisma, { sops: false });
console.log("Import into an empty database (PGlite in memory, one transaction per document):");
let all = 0;
for (const doc of texts) {
  const start = performance.now();
  const report = await importSopDocument(connection.prisma, doc.file, doc.agencyCode);
  const ms = performance.now() - start;
  all += ms;
  console.log(`  ${doc.file}: ${ms.toFixed(0)} ms (${report.created} SOP baru, ${report.skipped} dilewati)`);
}
console.log(`  all three: ${all.toFixed(0)} ms`);
const start = performance.now();
for (const doc of texts) await importSopDocument(connection.prisma, doc.file, doc.agencyCode);
console.log(`Re-import of the unchanged documents (nothing written): ${(performance.now() - start).toFixed(0)} ms`);
await connection.close();
