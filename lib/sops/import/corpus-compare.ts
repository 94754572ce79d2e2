/**
 * Compares the parser's output with the hand-written expectations of the corpus, field by field.
 * The conventions (see __corpus__/README.md) absorb only what a reader does not care about:
 * whitespace, a trailing ";" or "." after a list item, "-" for an empty date, where a unit name or
 * a numbered list wraps. Everything else (words, hyphenation, case of names) must be exact.
 */
import type { ExpectedSop, ExpectedStep } from "./__corpus__/load";
import type { ParsedSop, SopStep } from "./types";

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

/** An identity value: "", "-" and dashes mean "not filled in". */
export function scalarKey(s: string | null | undefined): string | null {
  if (s == null) return null;
  const c = collapse(s);
  return /^[-–—]?$/.test(c) ? null : c;
}

export const listKey = (items: string[]) => items.map((s) => collapse(s).replace(/[;.,]+$/, "")).filter(Boolean);

/** Peringatan / Pencatatan: items on lines; a line break counts as a space, item-final ";" "." "," dropped. */
export function blockKey(s: string | null | undefined): string | null {
  if (s == null) return null;
  return collapse(s.replace(/[;.,]+[ \t]*(?=\n|$)/g, "")) || null;
}

export const unitKey = (lines: string[]) => collapse(lines.join(" "));
export const actorKey = (s: string | null | undefined) => (s == null ? null : collapse(s).toLowerCase());
export const activityKey = (s: string) => collapse(s);
export const sameMinutes = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 0.01;

export interface Mismatch {
  file: string;
  /** "SOP 2 (800/02/PK/SOP/2023)". */
  sop: string;
  step?: number | null;
  field: string;
  expected: unknown;
  actual: unknown;
}

export function formatMismatch(m: Mismatch): string {
  const where = [m.file, m.sop, m.step !== undefined ? `step ${m.step ?? "(no number)"}` : null, m.field].filter(Boolean).join(" › ");
  return `${where}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}`;
}

export const sopLabel = (sop: ExpectedSop, index: number) => `SOP ${index + 1} (${sop.nomor ?? sop.nama ?? "?"})`;

/** Pairs each expected SOP with the parsed SOP of the same nomor, else of the same nama. */
export function pairSops(expected: ExpectedSop[], actual: ParsedSop[]): { pairs: (ParsedSop | null)[]; extra: ParsedSop[] } {
  const used = new Set<ParsedSop>();
  const find = (pred: (a: ParsedSop) => boolean) => actual.find((a) => !used.has(a) && pred(a)) ?? null;
  const pairs = expected.map((e) => {
    const nomor = scalarKey(e.nomor);
    const nama = scalarKey(e.nama)?.toLowerCase();
    const hit =
      (nomor ? find((a) => scalarKey(a.nomor) === nomor) : null) ??
      (nama ? find((a) => scalarKey(a.nama)?.toLowerCase() === nama) : null);
    if (hit) used.add(hit);
    return hit;
  });
  return { pairs, extra: actual.filter((a) => !used.has(a)) };
}

/** Pairs expected steps with parsed steps by printed number (by position when the number is absent). */
export function pairSteps(expected: ExpectedStep[], actual: SopStep[]): (SopStep | null)[] {
  const used = new Set<SopStep>();
  return expected.map((e, i) => {
    const hit =
      e.no !== null
        ? (actual.find((a) => !used.has(a) && a.no === e.no) ?? null)
        : (actual[i] && !used.has(actual[i]) ? actual[i] : null);
    if (hit) used.add(hit);
    return hit;
  });
}

type FieldCheck = [field: string, expected: unknown, actual: unknown];

function identityChecks(e: ExpectedSop, a: ParsedSop): FieldCheck[] {
  return [
    ["nomor", scalarKey(e.nomor), scalarKey(a.nomor)],
    ["nama", scalarKey(e.nama), scalarKey(a.nama)],
    ["unit_lines", unitKey(e.unit_lines), unitKey(a.unit_lines)],
    ["tanggal_pembuatan", scalarKey(e.tanggal_pembuatan), scalarKey(a.tanggal_pembuatan)],
    ["tanggal_revisi", scalarKey(e.tanggal_revisi), scalarKey(a.tanggal_revisi)],
    ["tanggal_efektif", scalarKey(e.tanggal_efektif), scalarKey(a.tanggal_efektif)],
    ["disahkan_oleh", scalarKey(e.disahkan_oleh), scalarKey(a.disahkan_oleh)],
    ["dasar_hukum", listKey(e.dasar_hukum), listKey(a.dasar_hukum)],
    ["kualifikasi", listKey(e.kualifikasi), listKey(a.kualifikasi)],
    ["keterkaitan", listKey(e.keterkaitan), listKey(a.keterkaitan)],
    ["peralatan", listKey(e.peralatan), listKey(a.peralatan)],
    ["peringatan", blockKey(e.peringatan), blockKey(a.peringatan)],
    ["pencatatan", blockKey(e.pencatatan), blockKey(a.pencatatan)],
    ["actors", e.actors.map(actorKey), a.actors.map(actorKey)],
    ["step count", e.steps.length, a.steps.length],
  ];
}

export function stepChecks(e: ExpectedStep, a: SopStep): FieldCheck[] {
  return [
    ["activity", activityKey(e.activity), activityKey(a.activity)],
    ["actor", actorKey(e.actor), actorKey(a.actor)],
    ["waktu_minutes", e.waktu_minutes, a.waktu_minutes],
  ];
}

const equal = (field: string, x: unknown, y: unknown) =>
  field === "waktu_minutes" ? sameMinutes(x as number | null, y as number | null) : JSON.stringify(x) === JSON.stringify(y);

/** Every difference between one expected SOP and its parsed counterpart (null: not found). */
export function compareSop(file: string, index: number, e: ExpectedSop, a: ParsedSop | null): Mismatch[] {
  const sop = sopLabel(e, index);
  if (!a) return [{ file, sop, field: "SOP", expected: e.nomor ?? e.nama, actual: "not found" }];
  const out: Mismatch[] = [];
  for (const [field, x, y] of identityChecks(e, a)) if (!equal(field, x, y)) out.push({ file, sop, field, expected: x, actual: y });
  pairSteps(e.steps, a.steps).forEach((step, i) => {
    const want = e.steps[i];
    if (!step) {
      out.push({ file, sop, step: want.no, field: "step", expected: want.activity, actual: "not found" });
      return;
    }
    for (const [field, x, y] of stepChecks(want, step)) {
      if (!equal(field, x, y)) out.push({ file, sop, step: want.no, field, expected: x, actual: y });
    }
  });
  return out;
}
