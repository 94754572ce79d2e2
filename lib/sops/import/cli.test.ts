// The command line: `npx tsx scripts/sop-parse.ts FILE...` (npm run --silent sop:parse -- FILE...).
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildDocx, HEADER, mergedTable, ORGANISATION, paragraph, PROCEDURE, table } from "../__docx__/build-docx";
import { buildImageOnlyPdf, buildSopPdf } from "./__pdf__/build-sop-pdf";
import { layoutReaderReady } from "./__pdf__/layout-ready";
import { PUSKESMAS_SOP } from "./__pdf__/sample-sops";
import { cliOutputSchema } from "./schema";
import { SEED_FILES, repoRoot, seedPath } from "./seed-files";

const scratch = mkdtempSync(path.join(tmpdir(), "sop-cli-"));

function runCli(...files: string[]) {
  const result = spawnSync("npx", ["tsx", "scripts/sop-parse.ts", ...files], {
    cwd: repoRoot,
    encoding: "utf8",
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("scripts/sop-parse.ts", () => {
  it("prints one JSON array of the SOPs of seed 003, valid against the schema", () => {
    const file = seedPath(SEED_FILES.bpsmbKaltim);
    const { status, stdout } = runCli(file);
    expect(status).toBe(0);
    const json: unknown = JSON.parse(stdout);
    const parsed = cliOutputSchema.safeParse(json);
    expect(parsed.success).toBe(true);
    const sops = parsed.data!;
    expect(sops).toHaveLength(8);
    expect(sops.map((s) => s.nama)).toEqual([
      "Sasaran Mutu",
      "Pengendalian Informasi Terdokumentasi",
      "Akreditasi/Surveilan Laboratorium",
      "Kaji Ulang Dokumen",
      "Pembuatan Dokumen Mutu",
      "Audit Internal",
      "Kaji Ulang Manajemen",
      "Penerapan Dokumen",
    ]);
    expect(Object.keys(sops[0])).toEqual([
      "nomor", "nama", "unit_lines", "tanggal_pembuatan", "tanggal_revisi", "tanggal_efektif", "disahkan_oleh",
      "dasar_hukum", "kualifikasi", "keterkaitan", "peralatan", "peringatan", "pencatatan", "actors", "steps",
      "total_minutes", "warnings", "file", "source_line",
    ]);
    expect(sops.every((s) => s.file === file)).toBe(true);
  }, 120_000);

  it("fails with a message naming the file when it holds no SOP (seed 004)", () => {
    const file = seedPath(SEED_FILES.juknisBkd);
    const { status, stdout, stderr } = runCli(file);
    expect(status).not.toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toContain(file);
    expect(stderr).toMatch(/tidak ditemukan SOP AP/);
  }, 120_000);

  it("fails on a missing file and prints nothing on stdout", () => {
    const { status, stdout, stderr } = runCli("tidak-ada/berkas.txt");
    expect(status).not.toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toContain("tidak-ada/berkas.txt: berkas tidak ditemukan");
  }, 120_000);

  it.skipIf(!layoutReaderReady)("reads a PDF: the same JSON contract, the actors from the drawn symbols", async () => {
    const file = path.join(scratch, "surat-masuk.pdf");
    writeFileSync(file, (await buildSopPdf([PUSKESMAS_SOP])).bytes);
    const { status, stdout } = runCli(file);
    expect(status).toBe(0);
    const sops = cliOutputSchema.parse(JSON.parse(stdout));
    expect(sops.map((s) => [s.nomor, s.nama, s.steps.length])).toEqual([["440/001/PKM", "Pelayanan Surat Masuk", 4]]);
    expect(sops[0].steps.map((s) => s.actor)).toEqual(["Pemohon", "Staf TU", "Ka Puskesmas", "Staf TU"]);
    expect(Object.keys(sops[0].steps[1])).not.toContain("decision");
    expect(sops[0].file).toBe(file);
  }, 120_000);

  it("reads a .docx with a merged Pelaksana header", async () => {
    const file = path.join(scratch, "sasaran-mutu.docx");
    const header = [
      [{ text: "NO", vMerge: "restart" as const }, { text: "Uraian Kegiatan", vMerge: "restart" as const }, { text: "Pelaksana", gridSpan: 3 }, { text: "Mutu Baku", gridSpan: 3 }, "KETERANGAN"],
      [{ vMerge: "continue" as const }, { vMerge: "continue" as const }, ...PROCEDURE[1].slice(2)],
    ];
    const body = [...ORGANISATION.map(paragraph), table(HEADER), mergedTable([...header, ...PROCEDURE.slice(2)])].join("");
    writeFileSync(file, await buildDocx(body));
    const { status, stdout } = runCli(file);
    expect(status).toBe(0);
    const [sop] = cliOutputSchema.parse(JSON.parse(stdout));
    expect(sop.nama).toBe("Sasaran Mutu");
    expect(sop.actors).toEqual(["Para Manajer dan Personal Terkait", "Seksi PJKSMB", "Para Manajer"]);
    expect(sop.total_minutes).toBe(280);
  }, 120_000);

  it("refuses an encrypted PDF and a scanned PDF with the reason, printing nothing on stdout", async () => {
    const encrypted = path.join(scratch, "rahasia.pdf");
    copyFileSync(path.join(import.meta.dirname, "__pdf__", "encrypted.pdf"), encrypted);
    const scanned = path.join(scratch, "pindaian.pdf");
    writeFileSync(scanned, await buildImageOnlyPdf());
    const { status, stdout, stderr } = runCli(encrypted, scanned);
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain(`${encrypted}: Berkas PDF ini dilindungi kata sandi`);
    expect(stderr).toContain(`${scanned}: PDF ini tidak memiliki lapisan teks (hasil pindaian)`);
  }, 120_000);
});
