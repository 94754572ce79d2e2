// One SOP of the upload preview as the user sees it before correcting it.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { SopContentInput } from "@/lib/sops/content";
import { SopDraftEditor } from "./sop-import-form-sop";
import type { DraftSop } from "./sop-import-form-state";

vi.mock("next/link", () => ({ default: ({ children }: { children: unknown }) => children }));

const step = { kelengkapan: null, waktu_raw: "30 menit", waktu_minutes: 30, output: null, keterangan: null };
const content: SopContentInput = {
  nomor: "900/01/2026", nama: "Verifikasi Laporan", unit_lines: ["BIDANG LAIN"], tanggal_pembuatan: null, tanggal_revisi: null,
  tanggal_efektif: null, disahkan_oleh: null, disahkan_oleh_nip: null, dasar_hukum: [], kualifikasi: [], keterkaitan: [],
  peralatan: [], peringatan: null, pencatatan: null, actors: ["Bendahara", "Kasubag Keuangan"],
  steps: [
    { ...step, no: 1, activity: "Menghimpun data", actor: "Bendahara", actor_confidence: "certain" },
    { ...step, no: 2, activity: "Memeriksa data", actor: null, actor_confidence: "unknown" },
    { ...step, no: 3, activity: "Menandatangani", actor: "Kasubag Keuangan", actor_confidence: "inferred" },
  ],
};
const targets = [{ value: "u1", label: "Dinas Sosial" }, { value: "u2", label: "— Sub Bagian Keuangan" }];

function render(overrides: Partial<DraftSop>): string {
  const sop: DraftSop = {
    key: "0-0", fileName: "a.pdf", readName: "Verifikasi Laporan", content, warnings: [], unitId: "u2",
    match: { unitId: "u2", unitName: "Sub Bagian Keuangan", lines: ["SUB BAGIAN KEUANGAN"], outsideScope: false },
    unitLines: ["SUB BAGIAN KEUANGAN"], include: true, outcome: { action: "create", nextRevisionNo: 1 }, ...overrides,
  };
  return renderToStaticMarkup(<SopDraftEditor sop={sop} targets={targets} onChange={() => {}} disabled={false} />);
}

const count = (html: string, text: string) => html.split(text).length - 1;

describe("an SOP of the upload preview", () => {
  it("names the organisation lines its unit was matched from, or says none matched", () => {
    expect(render({})).toContain("Dicocokkan dari baris organisasi “SUB BAGIAN KEUANGAN”.");
    expect(render({ unitId: "u1" })).toContain("Baris organisasi “SUB BAGIAN KEUANGAN” menunjuk Sub Bagian Keuangan; Anda memilih unit lain.");
    const none = render({ unitId: "u1", unitLines: ["BIDANG LAIN"], match: { unitId: null, unitName: null, lines: [], outsideScope: false } });
    expect(none).toContain("Baris organisasi tidak cocok dengan unit mana pun (tidak cocok); dipakai unit bawaan.");
    const outside = render({ unitId: "u1", match: { unitId: null, unitName: "UPTD Lain", lines: ["UPTD LAIN"], outsideScope: true } });
    expect(outside).toContain("Baris organisasi “UPTD LAIN” menunjuk UPTD Lain, yang bukan wewenang Anda; dipakai unit bawaan.");
  });

  it("flags the steps whose Pelaksana is not certain and offers the SOP's actors for each", () => {
    const html = render({});
    expect(html).toContain("2 langkah dengan pelaksana belum pasti (ditandai)");
    // The steps table only (the official layout further down has its own marks).
    const steps = html.slice(html.indexOf("Langkah Verifikasi Laporan"), html.indexOf("</table>"));
    expect(count(steps, ">belum diketahui<")).toBe(1);
    expect(count(steps, ">disimpulkan<")).toBe(1);
    expect(steps).toContain('aria-label="Pelaksana langkah 2"');
    expect(count(steps, '<option value="Kasubag Keuangan"')).toBe(3);
  });

  it("lists the reader's warnings with their page and line", () => {
    const html = render({ warnings: [{ page: 2, line: 7, message: "Simbol tidak terbaca." }, { line: 40, message: "Waktu kosong." }] });
    expect(html).toContain("2 catatan pembacaan");
    expect(html).toContain("hlm. 2, baris 7:</span> Simbol tidak terbaca.");
    expect(html).toContain("baris 40:</span> Waktu kosong.");
  });

  it("says what keeps an invalid SOP from being imported, and shows no official layout for it", () => {
    const html = render({ content: { ...content, nama: "ab" } });
    expect(html).toContain("Perlu diperbaiki");
    expect(html).toContain("Nama SOP minimal 3 karakter.");
    expect(html).not.toContain("Tampilan format resmi");
    expect(render({})).toContain("Tampilan format resmi");
  });
});
