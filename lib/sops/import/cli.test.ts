// The command line: `npx tsx scripts/sop-parse.ts FILE...` (npm run --silent sop:parse -- FILE...).
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { cliOutputSchema } from "./schema";
import { SEED_FILES, repoRoot, seedPath } from "./seed-files";

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
});
