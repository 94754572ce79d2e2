// Parses SOP AP documents (converted text) and prints ONE JSON array of every SOP, in order.
// Usage: npm run --silent sop:parse -- FILE [FILE...]
// Exit codes: 0 = ok; 1 = a file is missing/unreadable or holds no SOP (nothing is printed); 2 = usage.
import { readFileSync } from "node:fs";
import { toCliSop } from "../lib/sops/import/cli-output";
import { parseSopDocument } from "../lib/sops/import/parse";
import type { CliSop } from "../lib/sops/import/schema";

function readText(file: string): { text: string } | { error: string } {
  try {
    return { text: readFileSync(file, "utf8") };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT" ? "berkas tidak ditemukan"
      : code === "EISDIR" ? "yang diberikan adalah folder, bukan berkas"
      : code === "EACCES" || code === "EPERM" ? "tidak ada izin membaca berkas"
      : `tidak dapat dibaca (${code ?? (e as Error).message})`;
    return { error: `${file}: ${reason}` };
  }
}

function main(files: string[]): number {
  if (files.length === 0) {
    process.stderr.write("Pakai: npm run --silent sop:parse -- BERKAS [BERKAS...]\n");
    return 2;
  }
  const out: CliSop[] = [];
  const errors: string[] = [];
  for (const file of files) {
    const read = readText(file);
    if ("error" in read) {
      errors.push(read.error);
      continue;
    }
    const result = parseSopDocument(read.text, { fileName: file });
    for (const w of result.warnings) {
      if (result.sops.length) process.stderr.write(`${file}:${w.line}: ${w.message}\n`);
    }
    if (result.sops.length === 0) {
      errors.push(`${file}: tidak ditemukan SOP AP (label "Nomor SOP" atau "Nama/Judul SOP") di dalam berkas ini`);
      continue;
    }
    out.push(...result.sops.map((sop) => toCliSop(sop, file)));
  }
  if (errors.length) {
    for (const e of errors) process.stderr.write(`Gagal: ${e}\n`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
