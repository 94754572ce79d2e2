// What changed between two revisions of an SOP, as a reader wants to see it: changed header
// fields, items added to or removed from the list sections, actors added or removed, and steps
// added, removed, moved or changed. Steps are aligned on their activity text (longest common
// subsequence) so that inserting one step shows as one added step, not as every later step changed;
// a removed and an added step with the same activity are one moved step.
import { ACTOR_CONFIDENCE_LABELS, type SopContent, type SopStepContent } from "./content";

export type SopChangeGroup = "identitas" | "bagian" | "pelaksana" | "langkah";

export interface ValueChange {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
}

interface ChangeBase {
  group: SopChangeGroup;
  /** One line in Indonesian, e.g. "Langkah 3 ditambahkan". */
  summary: string;
}

export type SopChange =
  | (ChangeBase & { kind: "field" } & ValueChange)
  | (ChangeBase & { kind: "list"; field: string; label: string; added: string[]; removed: string[]; reordered: boolean })
  | (ChangeBase & { kind: "step-added"; position: number; step: SopStepContent })
  | (ChangeBase & { kind: "step-removed"; position: number; step: SopStepContent })
  | (ChangeBase & { kind: "step-changed"; position: number; previousPosition: number; fields: ValueChange[] })
  /** A step whose activity now sits elsewhere in the order (moved up or down), maybe also changed. */
  | (ChangeBase & { kind: "step-moved"; position: number; previousPosition: number; fields: ValueChange[] });

type TextField = "nomor" | "nama" | "tanggal_pembuatan" | "tanggal_revisi" | "tanggal_efektif" | "disahkan_oleh" | "disahkan_oleh_nip" | "peringatan" | "pencatatan";
type ListField = "unit_lines" | "dasar_hukum" | "kualifikasi" | "keterkaitan" | "peralatan";

const IDENTITY_FIELDS: { field: TextField; label: string; group: SopChangeGroup }[] = [
  { field: "nomor", label: "Nomor SOP", group: "identitas" },
  { field: "nama", label: "Nama SOP", group: "identitas" },
  { field: "tanggal_pembuatan", label: "Tanggal Pembuatan", group: "identitas" },
  { field: "tanggal_revisi", label: "Tanggal Revisi", group: "identitas" },
  { field: "tanggal_efektif", label: "Tanggal Efektif", group: "identitas" },
  { field: "disahkan_oleh", label: "Disahkan oleh", group: "identitas" },
  { field: "disahkan_oleh_nip", label: "NIP pengesah", group: "identitas" },
  { field: "peringatan", label: "Peringatan", group: "bagian" },
  { field: "pencatatan", label: "Pencatatan dan Pendataan", group: "bagian" },
];

const LIST_SECTIONS: { field: ListField; label: string; group: SopChangeGroup }[] = [
  { field: "unit_lines", label: "Baris organisasi", group: "identitas" },
  { field: "dasar_hukum", label: "Dasar Hukum", group: "bagian" },
  { field: "kualifikasi", label: "Kualifikasi Pelaksana", group: "bagian" },
  { field: "keterkaitan", label: "Keterkaitan", group: "bagian" },
  { field: "peralatan", label: "Peralatan/Perlengkapan", group: "bagian" },
];

export const SOP_CHANGE_GROUP_LABELS: Record<SopChangeGroup, string> = {
  identitas: "Identitas",
  bagian: "Bagian SOP",
  pelaksana: "Pelaksana",
  langkah: "Langkah",
};

const blank = (v: string | null | undefined): string | null => (v === null || v === undefined || v.trim() === "" ? null : v);

/** Items of `b` not in `a` and items of `a` not in `b`, counting repeats (a multiset difference). */
function listDiff(a: string[], b: string[]): { added: string[]; removed: string[]; reordered: boolean } {
  const left = new Map<string, number>();
  for (const item of a) left.set(item, (left.get(item) ?? 0) + 1);
  const added: string[] = [];
  for (const item of b) {
    const count = left.get(item) ?? 0;
    if (count > 0) left.set(item, count - 1);
    else added.push(item);
  }
  const right = new Map<string, number>();
  for (const item of b) right.set(item, (right.get(item) ?? 0) + 1);
  const removed: string[] = [];
  for (const item of a) {
    const count = right.get(item) ?? 0;
    if (count > 0) right.set(item, count - 1);
    else removed.push(item);
  }
  const reordered = added.length === 0 && removed.length === 0 && a.some((item, i) => item !== b[i]);
  return { added, removed, reordered };
}

function listSummary(label: string, d: { added: string[]; removed: string[]; reordered: boolean }): string {
  const parts = [
    d.added.length ? `${d.added.length} ditambahkan` : null,
    d.removed.length ? `${d.removed.length} dihapus` : null,
    d.reordered ? "urutan diubah" : null,
  ].filter(Boolean);
  return `${label}: ${parts.join(", ")}`;
}

/** The Pelaksana of a step as the reader sees it; a guessed actor says so. */
export function stepActorText(step: SopStepContent): string {
  if (step.actor === null) return "Belum diketahui";
  return step.actor_confidence === "certain" ? step.actor : `${step.actor} (${ACTOR_CONFIDENCE_LABELS[step.actor_confidence]})`;
}

function waktuText(step: SopStepContent, withMinutes: boolean): string | null {
  if (!withMinutes) return blank(step.waktu_raw);
  const minutes = step.waktu_minutes === null ? "tidak terbaca" : `${step.waktu_minutes} menit`;
  return `${blank(step.waktu_raw) ?? "—"} (${minutes})`;
}

const STEP_FIELDS: { field: keyof SopStepContent; label: string }[] = [
  { field: "activity", label: "Uraian" },
  { field: "actor", label: "Pelaksana" },
  { field: "kelengkapan", label: "Kelengkapan" },
  { field: "waktu_raw", label: "Waktu" },
  { field: "output", label: "Output" },
  { field: "keterangan", label: "Keterangan" },
];

/** Fields of a step that differ (the printed number is not compared: it shifts when steps are inserted). */
export function diffStep(a: SopStepContent, b: SopStepContent): ValueChange[] {
  const changes: ValueChange[] = [];
  for (const { field, label } of STEP_FIELDS) {
    let before: string | null;
    let after: string | null;
    if (field === "actor") {
      before = stepActorText(a);
      after = stepActorText(b);
    } else if (field === "waktu_raw") {
      const minutesOnly = blank(a.waktu_raw) === blank(b.waktu_raw) && a.waktu_minutes !== b.waktu_minutes;
      before = waktuText(a, minutesOnly);
      after = waktuText(b, minutesOnly);
    } else {
      before = blank(a[field] as string | null);
      after = blank(b[field] as string | null);
    }
    if (before !== after) changes.push({ field, label, before, after });
  }
  return changes;
}

const activityKey = (step: SopStepContent) => step.activity.toLowerCase().replace(/\s+/g, " ").trim();

/** Pairs [i, j] of steps of `a` and `b` with the same activity text, as a longest common subsequence. */
function lcsPairs(a: string[], b: string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  // suffix[i][j]: length of the LCS of a[i..] and b[j..].
  const suffix = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      suffix[i * width + j] =
        a[i] === b[j] ? suffix[(i + 1) * width + j + 1] + 1 : Math.max(suffix[(i + 1) * width + j], suffix[i * width + j + 1]);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (suffix[(i + 1) * width + j] >= suffix[i * width + j + 1]) {
      i++;
    } else {
      j++;
    }
  }
  return pairs;
}

/** Steps of `a` and `b` that correspond: [a index | null, b index | null], in document order. */
export function alignSteps(a: SopStepContent[], b: SopStepContent[]): [number | null, number | null][] {
  const anchors = lcsPairs(a.map(activityKey), b.map(activityKey));
  const out: [number | null, number | null][] = [];
  let i = 0;
  let j = 0;
  for (const [ai, bj] of [...anchors, [a.length, b.length] as [number, number]]) {
    // Between two anchors: the unmatched steps of both sides, paired by position (an edited
    // activity), the rest removed or added.
    const gapA = ai - i;
    const gapB = bj - j;
    const paired = Math.min(gapA, gapB);
    for (let k = 0; k < paired; k++) out.push([i + k, j + k]);
    for (let k = paired; k < gapA; k++) out.push([i + k, null]);
    for (let k = paired; k < gapB; k++) out.push([null, j + k]);
    if (ai < a.length && bj < b.length) out.push([ai, bj]);
    i = ai + 1;
    j = bj + 1;
  }
  return out;
}

export function diffSopContents(a: SopContent, b: SopContent): SopChange[] {
  const changes: SopChange[] = [];

  for (const { field, label, group } of IDENTITY_FIELDS) {
    const before = blank(a[field]);
    const after = blank(b[field]);
    if (before !== after) {
      changes.push({ kind: "field", group, field, label, before, after, summary: `${label} diubah` });
    }
  }

  for (const { field, label, group } of LIST_SECTIONS) {
    const d = listDiff(a[field], b[field]);
    if (d.added.length || d.removed.length || d.reordered) {
      changes.push({ kind: "list", group, field, label, ...d, summary: listSummary(label, d) });
    }
  }

  const actors = listDiff(a.actors, b.actors);
  if (actors.added.length || actors.removed.length || actors.reordered) {
    changes.push({ kind: "list", group: "pelaksana", field: "actors", label: "Pelaksana", ...actors, summary: listSummary("Pelaksana", actors) });
  }

  const aligned = alignSteps(a.steps, b.steps);
  // A removed step and an added step with the same activity: the step was moved.
  const removedByKey = new Map<string, number[]>();
  for (const [ai, bj] of aligned) {
    if (ai === null || bj !== null) continue;
    const key = activityKey(a.steps[ai]);
    removedByKey.set(key, [...(removedByKey.get(key) ?? []), ai]);
  }
  const movedFrom = new Map<number, number>();
  for (const [ai, bj] of aligned) {
    if (ai !== null || bj === null) continue;
    const candidates = removedByKey.get(activityKey(b.steps[bj]));
    if (candidates?.length) movedFrom.set(bj, candidates.shift()!);
  }
  const moved = new Set(movedFrom.values());

  for (const [ai, bj] of aligned) {
    if (ai !== null && bj !== null) {
      const fields = diffStep(a.steps[ai], b.steps[bj]);
      if (fields.length === 0) continue;
      const was = ai !== bj ? ` (sebelumnya langkah ${ai + 1})` : "";
      changes.push({
        kind: "step-changed", group: "langkah", position: bj + 1, previousPosition: ai + 1, fields,
        summary: `Langkah ${bj + 1}${was} diubah: ${fields.map((f) => f.label).join(", ")}`,
      });
    } else if (bj !== null && movedFrom.has(bj)) {
      const from = movedFrom.get(bj)!;
      const fields = diffStep(a.steps[from], b.steps[bj]);
      const also = fields.length ? `; diubah: ${fields.map((f) => f.label).join(", ")}` : "";
      changes.push({
        kind: "step-moved", group: "langkah", position: bj + 1, previousPosition: from + 1, fields,
        summary: `Langkah ${from + 1} dipindahkan menjadi langkah ${bj + 1}${also}`,
      });
    } else if (bj !== null) {
      changes.push({ kind: "step-added", group: "langkah", position: bj + 1, step: b.steps[bj], summary: `Langkah ${bj + 1} ditambahkan` });
    } else if (ai !== null && !moved.has(ai)) {
      changes.push({ kind: "step-removed", group: "langkah", position: ai + 1, step: a.steps[ai], summary: `Langkah ${ai + 1} dihapus` });
    }
  }

  return changes;
}
