// Parses SOP AP documents (converted text, .docx or .pdf) and prints ONE JSON array of every SOP, in order.
// Usage: npm run --silent sop:parse -- FILE [FILE...]
// Exit codes: 0 = ok; 1 = a file is missing/unreadable, refused (encrypted, scanned, corrupt PDF...)
// or holds no SOP (nothing is printed); 2 = usage.
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { docxToText } from "../lib/sops/docx";
import { toCliSop, toCliWarning } from "../lib/sops/import/cli-output";
import { parseSopDocument } from "../lib/sops/import/parse";
import { PdfRefusal } from "../lib/sops/import/pdf";
import { parsePdf } from "../lib/sops/import/pdf-parse";
import type { CliSop } from "../lib/sops/import/schema";
import type { ParseResult } from "../lib/sops/import/types";

function readBytes(file: string): { bytes: Buffer } | { error: string } {
  try {
    return { bytes: readFileSync(file) };
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

/** The SOPs of one file by its extension; a refusal (PDF or DOCX) is the error to print. */
async function parseFile(file: string, bytes: Buffer): Promise<ParseResult | { error: string }> {
  const extension = extname(file).toLowerCase();
  try {
    if (extension === ".pdf") return await parsePdf(new Uint8Array(bytes), { fileName: file });
    const text = extension === ".docx" ? await docxToText(new Uint8Array(bytes)) : bytes.toString("utf8");
    return parseSopDocument(text, { fileName: file });
  } catch (e) {
    if (e instanceof PdfRefusal || (e as Error).name === "DomainError") return { error: `${file}: ${(e as Error).message}` };
    throw e;
  }
}

async function main(files: string[]): Promise<number> {
  if (files.length === 0) {
    process.stderr.write("Pakai: npm run --silent sop:parse -- BERKAS [BERKAS...]  (teks, .docx atau .pdf)\n");
    return 2;
  }
  const out: CliSop[] = [];
  const errors: string[] = [];
  for (const file of files) {
    const read = readBytes(file);
    if ("error" in read) {
      errors.push(read.error);
      continue;
    }
    const result = await parseFile(file, read.bytes);
    if ("error" in result) {
      errors.push(result.error);
      continue;
    }
    for (const w of result.warnings) {
      if (result.sops.length) {
        const cli = toCliWarning(w);
        process.stderr.write(`${file}:${cli.line}: ${cli.message}\n`);
      }
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

process.exitCode = await main(process.argv.slice(2));
