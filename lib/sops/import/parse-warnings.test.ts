import { afterEach, describe, expect, it, vi } from "vitest";
import { parseSopDocument, parseSopRows } from "./index";
import type { SourceRow } from "./grid";

afterEach(() => vi.restoreAllMocks());

describe("parser warnings a user reads", () => {
  // A 1,200-char number cell used to be quoted whole: a 1,240-char warning the import refused.
  it("quotes an odd step number cell shortly", () => {
    const long = "1 " + "x".repeat(1200);
    const text = [
      "DINAS SOSIAL",
      "SUB BAGIAN KEUANGAN",
      "",
      "Nomor SOP\t900/1/2026",
      "Nama SOP\tUji Panjang",
      "",
      "NO\tUraian Kegiatan\tPelaksana\tMutu Baku\t\t\tKETERANGAN",
      "\t\tBendahara\tKelengkapan\tWaktu (menit)\tOutput\t",
      `${long}\tMenghimpun data\t\tATK\t60\tRekaman\t`,
      "2\tMenghimpun data\t\tATK\t60\tRekaman\t",
    ].join("\n");
    const [sop] = parseSopDocument(text, { fileName: "a.txt" }).sops;
    const odd = sop.warnings.find((w) => w.message.startsWith("Nomor langkah tidak lazim"));
    expect(odd?.message).toMatch(/^Nomor langkah tidak lazim "1 x+…"; dibaca 1$/);
    expect(Math.max(...sop.warnings.map((w) => w.message.length))).toBeLessThanOrEqual(200);
  });

  // A parser defect is logged; the user reads plain Indonesian, not the JavaScript error.
  it("shows a plain message for a defect and logs the error", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const broken = {
      get cells(): string[] {
        throw new TypeError("Cannot read properties of undefined (reading 'trim')");
      },
      text: "x",
      page: null,
      line: 1,
    } as SourceRow;
    const result = parseSopRows([broken]);
    const messages = [...result.warnings, ...result.sops.flatMap((s) => s.warnings)].map((w) => w.message);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.join(" ")).not.toMatch(/Cannot read|TypeError|undefined/);
    expect(messages.some((m) => /tidak dapat dibaca oleh sistem/.test(m))).toBe(true);
    expect(log).toHaveBeenCalled();
  });
});
