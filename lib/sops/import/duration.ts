/**
 * Standard time (Waktu) of a step in minutes.
 * menit = 1; jam = 60; hari / hari kerja = 450 (7.5 working hours); minggu = 5 working days;
 * bulan = 22 working days; detik = 1/60. A range takes its upper bound; "∞", "-" or empty stays unknown.
 * Also: a minute mark after a number ("15'"), vulgar fractions ("½ hari") and a product of a count and
 * a span ("2 x 24 jam" = 48 jam).
 */
import { cleanText } from "./cleanup";

export const MINUTES_PER_HOUR = 60;
export const MINUTES_PER_WORKING_DAY = 450;
export const MINUTES_PER_WEEK = 5 * MINUTES_PER_WORKING_DAY;
export const MINUTES_PER_MONTH = 22 * MINUTES_PER_WORKING_DAY;

export type DurationStatus =
  /** Understood; `minutes` holds the value. */
  | "ok"
  /** Deliberately unknown: empty, "-", "∞". */
  | "unknown"
  /** A bare number outside a "(menit)" column: the unit is not printed. */
  | "no_unit"
  /** Text that is not a duration ("sesuai kebutuhan"). */
  | "unparsed";

export interface DurationResult {
  minutes: number | null;
  status: DurationStatus;
  /** True when the whole text is a duration (nothing but units, numbers and filler words). */
  exact: boolean;
  /**
   * A compound expression ("3 jam per agenda selama 10 hari") read as its longest span instead of
   * a sum; the caller should say so.
   */
  approximate: boolean;
}

export interface DurationOptions {
  /** The column header says "(menit)": a bare number means minutes. */
  minutesColumn?: boolean;
  /** The column header says "(detik)": a bare number means seconds. */
  secondsColumn?: boolean;
}

const UNIT_MINUTES: [RegExp, number][] = [
  [/^(menit|meit|mnit|menti|mennit|mnt|mins?|minutes?|m)$/, 1],
  [/^(jam|jm|hours?|hrs?)$/, MINUTES_PER_HOUR],
  [/^(hari|hr|days?|hk)$/, MINUTES_PER_WORKING_DAY],
  [/^(minggu|pekan|mgg|weeks?)$/, MINUTES_PER_WEEK],
  [/^(bulan|bln|months?)$/, MINUTES_PER_MONTH],
  [/^(detik|dtk)$/, 1 / 60],
];

const NUMBER = String.raw`\d+(?:\.\d+)?`;
const RANGE = String.raw`(${NUMBER})(?:\s*-\s*(${NUMBER}))?`;
const PAIR = new RegExp(String.raw`(?<![\w\`'.])${RANGE}\s*([a-z]+)`, "g");
const BARE = new RegExp(String.raw`^${RANGE}$`);
const FILLER = /\b(kerja|efektif|lebih|kurang|maks(imal)?|paling|lama|dan|atau|per|\+|x|±|\/)\b|[\s,.()+±~/]/g;

function unitMinutes(word: string): number | null {
  for (const [re, minutes] of UNIT_MINUTES) if (re.test(word)) return minutes;
  return null;
}

const FRACTIONS: Record<string, number> = { "½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3 };

function fractions(s: string): string {
  return s.replace(/(\d*)\s*([½¼¾⅓⅔])/g, (_, whole: string, f: string) => ` ${Number(whole || 0) + FRACTIONS[f]} `);
}

/** "2 x 24 jam" is one span of 48 jam; only a count right before a number-and-unit multiplies. */
function products(s: string): string {
  return s.replace(
    new RegExp(String.raw`(${NUMBER})\s*[x×*]\s*(${NUMBER})(?=\s*[a-z])`, "g"),
    (_, a: string, b: string) => String(Number(a) * Number(b)),
  );
}

function normalize(raw: string): string {
  const s = cleanText(raw)
    .toLowerCase()
    .replace(/[–—−]/g, "-")
    // Thousands written with dots ("1.350 menit", as the portal prints minutes); a decimal has a comma.
    .replace(/\b\d{1,3}(?:\.\d{3})+(?![\d.,])/g, (n) => n.replace(/\./g, ""))
    .replace(/(\d)\s*,\s*(\d)/g, "$1.$2")
    // A minute mark (15' or 15′), not a seconds mark (15"), typed after the number.
    .replace(/(\d)\s*['’′](?!['’′])/g, "$1 menit ")
    .replace(/(\bs\s*\/\s*d\b|\bs\.\s*d\b\.?|\bsd\b|\bsampai\s+dengan\b|\bsampai\b|\bhingga\b)/g, " - ")
    .replace(/\s+/g, " ")
    .trim();
  return products(fractions(s)).replace(/\s+/g, " ").trim();
}

const round = (n: number) => Math.round(n * 100) / 100;
/** Anything longer (about 4000 working years) is a typo or garbage, not a standard time. */
const MAX_MINUTES = 1e9;
const plausible = (n: number) => Number.isFinite(n) && n >= 0 && n <= MAX_MINUTES;
const UNPARSED: DurationResult = { minutes: null, status: "unparsed", exact: false, approximate: false };

/** Parses a Waktu cell. Never throws. */
export function parseDuration(raw: string | null | undefined, opts: DurationOptions = {}): DurationResult {
  const s = normalize(typeof raw === "string" ? raw : "");
  if (s === "" || /^[-~∞?]+$/.test(s) || /^(tidak\s+tentu|t(idak|ak)\s+terbatas|n\/?a)$/.test(s)) {
    return { minutes: null, status: "unknown", exact: true, approximate: false };
  }
  const bare = BARE.exec(s);
  if (bare) {
    const value = Number(bare[2] ?? bare[1]);
    if (!plausible(value)) return { ...UNPARSED };
    if (opts.minutesColumn) return { minutes: round(value), status: "ok", exact: true, approximate: false };
    if (opts.secondsColumn) return { minutes: round(value / 60), status: "ok", exact: true, approximate: false };
    return { minutes: null, status: "no_unit", exact: true, approximate: false };
  }
  const values: number[] = [];
  const units: string[] = [];
  let rest = s;
  for (const m of s.matchAll(PAIR)) {
    const per = unitMinutes(m[3]);
    if (per === null) continue;
    values.push(Number(m[2] ?? m[1]) * per);
    units.push(m[3]);
    rest = rest.replace(m[0], " ");
  }
  // The same time restated in another unit: "1 jam (60 menit)", "1 jam 60 menit" (the portal's print).
  if (values.length === 2 && units[0] !== units[1] && values[0] === values[1]) values.pop();
  if (!values.length || !values.every(plausible)) return { ...UNPARSED };
  const exact = rest.replace(FILLER, "").trim() === "";
  // "1 jam 30 menit" adds up; "3 jam per agenda selama 10 hari" does not: keep the longest span.
  const compound = values.length > 1 && /\b(per|tiap|setiap|selama|untuk)\b|@|\bx\b/.test(s);
  const minutes = compound ? Math.max(...values) : values.reduce((a, b) => a + b, 0);
  if (!plausible(minutes)) return { ...UNPARSED };
  return { minutes: round(minutes), status: "ok", exact, approximate: compound };
}
