// The upload preview shows a parsed SOP in the official layout, as the SOP page will.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { SopContent } from "@/lib/sops/content";
import { SopDocumentPreview } from "./sop-document-preview";

vi.mock("next/link", () => ({ default: ({ children }: { children: unknown }) => children }));

const content: SopContent = {
  nomor: "Tahun 2024", nama: "Verifikasi Uji", unit_lines: ["DINAS SOSIAL"], tanggal_pembuatan: "Juni 2022",
  tanggal_revisi: "Mei 2024", tanggal_efektif: null, disahkan_oleh: "Kepala Dinas", disahkan_oleh_nip: null,
  dasar_hukum: ["PermenPANRB 35/2012"], kualifikasi: [], keterkaitan: ["SOP Audit Internal"], peralatan: [],
  peringatan: "Laporan <b>tidak</b> sah", pencatatan: null, actors: ["Bendahara", "Sekretaris"],
  steps: [
    { no: 1, activity: "Menghimpun data", actor: "Bendahara", actor_confidence: "certain", kelengkapan: "ATK", waktu_raw: "60", waktu_minutes: 60, output: "Rekaman", keterangan: null },
    { no: 2, activity: "Memeriksa data", actor: "Sekretaris", actor_confidence: "certain", kelengkapan: null, waktu_raw: "30", waktu_minutes: 30, output: "Laporan", keterangan: null },
  ],
};

describe("SopDocumentPreview", () => {
  it("renders identity, sections, procedure table and flowchart", () => {
    const html = renderToStaticMarkup(<SopDocumentPreview content={content} unitName="Sub Bagian Keuangan" />);
    expect(html).toContain('aria-label="Identitas SOP"');
    expect(html).toContain("Nomor belum tercantum");
    expect(html).toContain("SOP Audit Internal");
    expect(html).toContain('aria-label="Prosedur"');
    expect(html).toContain("Memeriksa data");
    expect(html).toContain('data-testid="swimlane"');
    expect(html).toContain("Laporan &lt;b&gt;tidak&lt;/b&gt; sah");
  });
});
