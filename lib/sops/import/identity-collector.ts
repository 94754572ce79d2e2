/**
 * Collects the identity fields of one SOP, including the repairs needed when the converter shifted
 * cells (approver name and NIP pushed into the Judul SOP cell, title on the next line).
 */
import { cleanText } from "./cleanup";
import { IDENTITY_LABEL_NAMES, type IdentityKey, hasNip, isValidNip, parseApprover } from "./identity";
import { short } from "./sections";
import type { Warning } from "./types";

export class IdentityCollector {
  private readonly fields: Partial<Record<IdentityKey, string | null>> = {};
  private nip: string | null = null;
  /** The Judul SOP cell held the approver; the title is expected on the next line. */
  expectTitle = false;
  readonly warnings: Warning[] = [];

  get(key: IdentityKey): string | null | undefined {
    return this.fields[key];
  }

  get approverNip(): string | null {
    return this.nip;
  }

  /** "Disahkan oleh" was read and its NIP not yet: the name and NIP may follow on later rows. */
  get approverOpen(): boolean {
    return this.fields.disahkan_oleh !== undefined && this.nip === null;
  }

  set(key: IdentityKey, value: string | null, line: number): void {
    if (key === "nama" && hasNip(value)) {
      this.moveApproverOutOfTitle(value!, line);
      return;
    }
    if (key === "disahkan_oleh") {
      const approver = parseApprover(value);
      value = approver.name;
      if (approver.nip) this.setNip(approver.nip, line);
    }
    const previous = this.fields[key];
    if (previous === undefined || previous === null) {
      this.fields[key] = value;
      if (key === "nama" && value) this.expectTitle = false;
    } else if (value !== null && cleanText(value) !== cleanText(previous)) {
      this.warn(line, `${IDENTITY_LABEL_NAMES[key]} ditulis dua kali dengan nilai berbeda ("${short(previous)}" dan "${short(value)}"); nilai pertama dipakai`);
    }
  }

  /** "Disahkan oleh<TAB>Plt. Kepala Biro ...," followed by a line with the name and NIP. */
  appendApprover(text: string, line: number): void {
    const approver = parseApprover(text);
    this.addApproverName(approver.name);
    if (approver.nip) this.setNip(approver.nip, line);
    if (approver.after) this.warn(line, `Teks setelah NIP pengesah tidak dikenali: "${short(approver.after)}"`);
  }

  /** The rest of a title wrapped onto the next row. */
  continueTitle(text: string): void {
    const current = this.fields.nama;
    this.fields.nama = current ? `${current} ${cleanText(text)}` : cleanText(text);
  }

  /** A single-cell line right after a misplaced approver is the title. */
  takeTitle(text: string, line: number): void {
    this.fields.nama = cleanText(text);
    this.expectTitle = false;
    this.warn(line, "Judul SOP diambil dari baris di bawah sel Judul SOP");
  }

  private warn(line: number, message: string): void {
    this.warnings.push({ line, message });
  }

  private addApproverName(name: string | null): void {
    if (!name) return;
    const current = this.fields.disahkan_oleh;
    this.fields.disahkan_oleh = current ? `${current} ${name}` : name;
  }

  private setNip(nip: string, line: number): void {
    if (this.nip && this.nip !== nip) {
      this.warn(line, `NIP pengesah ditulis dua kali dengan nilai berbeda (${this.nip} dan ${nip}); nilai pertama dipakai`);
      return;
    }
    this.nip = nip;
    if (!isValidNip(nip)) this.warn(line, `NIP pengesah "${nip}" tidak terdiri dari 18 angka`);
  }

  /** "Judul SOP<TAB>Djoese ... NIP 1971... [title]": the approver slid into the title cell. */
  private moveApproverOutOfTitle(value: string, line: number): void {
    const approver = parseApprover(value);
    this.addApproverName(approver.name);
    if (approver.nip) this.setNip(approver.nip, line);
    if (approver.after) {
      this.fields.nama = approver.after;
      this.warn(line, "Sel Judul SOP juga memuat nama dan NIP pengesah; dipindahkan ke Disahkan oleh");
    } else {
      this.expectTitle = true;
      this.warn(line, "Sel Judul SOP berisi nama dan NIP pengesah; dipindahkan ke Disahkan oleh, judul dicari di baris berikutnya");
    }
  }
}
