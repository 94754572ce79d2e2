/**
 * One SOP while the document is read: identity, sections and procedure table(s), then the final
 * ParsedSop.
 */
import { joinOrgLines } from "./identity";
import { IdentityCollector } from "./identity-collector";
import { SectionCollector } from "./sections";
import { StepCollector } from "./step-collector";
import type { ParsedSop, Warning } from "./types";

export type Phase = "identity" | "sections" | "table";

export class SopBuilder {
  phase: Phase = "identity";
  unitLines: string[] = [];
  readonly identity = new IdentityCollector();
  readonly sections = new SectionCollector();
  readonly table: StepCollector;
  private readonly warnings: Warning[] = [];
  private readonly orgRaw: string[] = [];

  /** `place` names another row in a message ("baris 12", "hlm. 2 baris 12"). */
  constructor(
    readonly sourceLine: number,
    place: (line: number) => string = (line) => `baris ${line}`,
  ) {
    this.table = new StepCollector(place);
  }

  /** Organisation lines above the header or beside its labels. */
  addOrgLines(lines: string[]): void {
    if (!lines.length) return;
    this.orgRaw.push(...lines);
    this.unitLines = joinOrgLines(this.orgRaw);
  }

  /** Sections or a table were seen: a new identity block starts another SOP. */
  get hasContent(): boolean {
    return this.phase !== "identity" || this.sections.started || this.table.tables > 0;
  }

  /**
   * An identity-like block with neither a Nomor SOP nor sections nor a procedure table (a decree's
   * list of its SOPs and its signature) is not an SOP.
   */
  get isSop(): boolean {
    return !!this.identity.get("nomor") || this.sections.started || this.table.tables > 0;
  }

  warn(line: number, message: string): void {
    this.warnings.push({ line, message });
  }

  startTable(headerCells: string[], line: number, caption: string | null): void {
    this.sections.close();
    this.identity.expectTitle = false;
    this.phase = "table";
    this.table.startTable(headerCells, line, caption);
  }

  startSections(): void {
    this.phase = "sections";
    this.identity.expectTitle = false;
  }

  finish(): ParsedSop {
    const id = this.identity;
    if (!id.get("nomor")) this.warn(this.sourceLine, "Nomor SOP tidak ditemukan atau kosong");
    if (!id.get("nama")) this.warn(this.sourceLine, "Nama/Judul SOP tidak ditemukan atau kosong");
    if (this.table.tables === 0) this.warn(this.sourceLine, "Tabel prosedur tidak ditemukan; SOP ini tidak memiliki langkah");
    else if (this.table.count === 0) this.warn(this.sourceLine, "Tabel prosedur tidak berisi langkah yang dapat dibaca");

    const steps = this.table.finish();
    const total = steps.reduce((sum, s) => sum + (s.waktu_minutes ?? 0), 0);
    const warnings = [...this.warnings, ...id.warnings, ...this.sections.warnings, ...this.table.warnings];

    return {
      nomor: id.get("nomor") ?? null,
      nama: id.get("nama") ?? null,
      unit_lines: this.unitLines,
      tanggal_pembuatan: id.get("tanggal_pembuatan") ?? null,
      tanggal_revisi: id.get("tanggal_revisi") ?? null,
      tanggal_efektif: id.get("tanggal_efektif") ?? null,
      disahkan_oleh: id.get("disahkan_oleh") ?? null,
      disahkan_oleh_nip: id.approverNip,
      dasar_hukum: this.sections.items("dasar_hukum"),
      kualifikasi: this.sections.items("kualifikasi"),
      keterkaitan: this.sections.items("keterkaitan"),
      peralatan: this.sections.items("peralatan"),
      peringatan: this.sections.text("peringatan"),
      pencatatan: this.sections.text("pencatatan"),
      actors: [...this.table.actors],
      steps,
      total_minutes: Math.round(total * 100) / 100,
      warnings: warnings.sort((a, b) => a.line - b.line),
      source_line: this.sourceLine,
    };
  }
}
