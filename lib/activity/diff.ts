// What a change-history row changed, in short Indonesian lines ("nama: A → B"). Pure, so the
// history component stays a plain list and this part is unit-tested.

export interface DiffOptions {
  /** Field name → Indonesian label; unknown fields keep their own name. */
  fieldLabels?: Record<string, string>;
  /**
   * Field name → raw value → label, for enums and ids (e.g. `type`, `role`, `unitId`). The key ""
   * labels an empty value (null), e.g. `unitId: { "": "Seluruh portal" }`.
   */
  valueLabels?: Record<string, Record<string, string>>;
  /** Fields never shown; replaces DEFAULT_IGNORED. */
  ignore?: readonly string[];
  /** Most fields listed for a snapshot (create, grant, ...). */
  maxSnapshotFields?: number;
  /**
   * The record's own formatter, supplied by the page that knows its context (an objective's
   * frequency, year and measure unit): a value as the screens show it ("95,5 %", "Agu 2026"), or
   * undefined to fall back to `valueLabels` and the defaults. `snapshot` is the row's snapshot the
   * value belongs to (so a changed measure unit formats the old target with the old unit).
   */
  format?: (field: string, value: unknown, snapshot: Record<string, unknown>) => string | undefined;
  /**
   * Fields that say which part of the record a row is about (a measurement's `period`, a
   * revision's `revisionNo`): listed first on a change row even when unchanged.
   */
  contextFields?: readonly string[];
}

export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

export interface FieldValue {
  field: string;
  label: string;
  value: string;
}

/** Bookkeeping columns that mean nothing to a reader. */
export const DEFAULT_IGNORED: readonly string[] = [
  "id",
  "version",
  "path",
  "depth",
  "userId",
  "createdAt",
  "updatedAt",
  "passwordHash",
  "sessionVersion",
];

export const DEFAULT_FIELD_LABELS: Record<string, string> = {
  name: "nama",
  shortName: "singkatan",
  code: "kode",
  type: "jenis",
  parentId: "unit induk",
  active: "aktif",
  nip: "NIP",
  email: "email",
  position: "jabatan",
  unitId: "unit",
  role: "peran",
  mustChangePassword: "wajib ganti kata sandi",
};

const BLANK = "—";

type Snapshot = Record<string, unknown>;

function isSnapshot(value: unknown): value is Snapshot {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/** Order-insensitive equality of JSON values. */
function sameValue(a: unknown, b: unknown): boolean {
  if (isBlank(a) && isBlank(b)) return true;
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a as Snapshot);
  const kb = Object.keys(b as Snapshot);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameValue((a as Snapshot)[k], (b as Snapshot)[k]));
}

function labelOf(field: string, options: DiffOptions): string {
  return options.fieldLabels?.[field] ?? DEFAULT_FIELD_LABELS[field] ?? field;
}

/** A number as Indonesian readers write it, without thousands dots (a year stays "2026"): "95,5". */
function plainNumber(value: number): string {
  return String(Number(value.toFixed(6))).replace(".", ",");
}

/** One value as a reader sees it. */
export function formatValue(field: string, value: unknown, options: DiffOptions = {}, snapshot: Record<string, unknown> = {}): string {
  const labels = options.valueLabels?.[field];
  if (isBlank(value)) return labels?.[""] ?? BLANK;
  const own = options.format?.(field, value, snapshot);
  if (own !== undefined) return own;
  if (typeof value === "boolean") return value ? "ya" : "tidak";
  if (typeof value === "string") return labels?.[value] ?? value;
  if (typeof value === "number") return labels?.[String(value)] ?? plainNumber(value);
  if (Array.isArray(value) && value.every((v) => typeof v === "string" || typeof v === "number")) {
    return value.map((v) => formatValue(field, v, options, snapshot)).join("; ");
  }
  return JSON.stringify(value);
}

/**
 * The fields to show, in a stable order (a jsonb column does not keep the order they were written
 * in): the context fields, then those named in `fieldLabels` in its order, then the rest.
 */
function visibleKeys(snapshots: Snapshot[], options: DiffOptions): string[] {
  const ignored = new Set(options.ignore ?? DEFAULT_IGNORED);
  const keys: string[] = [];
  for (const snapshot of snapshots) {
    for (const key of Object.keys(snapshot)) if (!ignored.has(key) && !keys.includes(key)) keys.push(key);
  }
  const order = [...(options.contextFields ?? []), ...Object.keys(options.fieldLabels ?? {})];
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return keys.map((key, i) => ({ key, i })).sort((a, b) => rank(a.key) - rank(b.key) || a.i - b.i).map((x) => x.key);
}

/** The fields whose value differs between two snapshots, in the order they first appear. */
export function diffSnapshots(before: unknown, after: unknown, options: DiffOptions = {}): FieldChange[] {
  const a = isSnapshot(before) ? before : {};
  const b = isSnapshot(after) ? after : {};
  return visibleKeys([a, b], options)
    .filter((key) => !sameValue(a[key], b[key]))
    .map((key) => ({
      field: key,
      label: labelOf(key, options),
      before: formatValue(key, a[key], options, a),
      after: formatValue(key, b[key], options, b),
    }));
}

/**
 * The fields of one snapshot worth showing: blank values are skipped unless a label is given
 * for them (so a portal-wide grant still says "unit: Seluruh portal").
 */
export function snapshotFields(snapshot: unknown, options: DiffOptions = {}): FieldValue[] {
  if (!isSnapshot(snapshot)) return [];
  const max = options.maxSnapshotFields ?? 6;
  return visibleKeys([snapshot], options)
    .filter((key) => !isBlank(snapshot[key]) || options.valueLabels?.[key]?.[""] !== undefined)
    .slice(0, max)
    .map((key) => ({ field: key, label: labelOf(key, options), value: formatValue(key, snapshot[key], options, snapshot) }));
}

/**
 * Short lines describing one history row: for a row with both snapshots (update, move, ...) the
 * changed fields ("nama: A → B"); otherwise the fields of whichever snapshot exists ("peran: Auditor").
 */
export function describeChange(before: unknown, after: unknown, options: DiffOptions = {}): string[] {
  if (isSnapshot(before) && isSnapshot(after)) {
    const changes = diffSnapshots(before, after, options);
    const context = (options.contextFields ?? [])
      .filter((key) => !isBlank(after[key]) && sameValue(before[key], after[key]))
      .map((key) => `${labelOf(key, options)}: ${formatValue(key, after[key], options, after)}`);
    return [...context, ...changes.map((c) => `${c.label}: ${c.before} → ${c.after}`)];
  }
  const snapshot = isSnapshot(after) ? after : before;
  return snapshotFields(snapshot, options).map((f) => `${f.label}: ${f.value}`);
}
