/**
 * Actor (Pelaksana) matching and inference.
 * Column markers "Mulai"/"Selesai" give a certain actor; otherwise the actor is inferred from the
 * text: the activity's own subject ("Kepala UPTD menugaskan ..."), or the person the previous step
 * passed the work to ("... dan meneruskan kepada Kepala Dinas").
 */
import type { ActorConfidence } from "./types";

/**
 * Abbreviations written in the documents (and their spellings: "kebid", "kehum"), expanded to full
 * words. Misspelled full words ("Kepal", "Kepegawian") are not listed: `similarWord` accepts them.
 */
const ABBREVIATIONS: Record<string, string> = {
  kasubag: "kepala sub bagian",
  kasubbag: "kepala sub bagian",
  kasub: "kepala sub bagian",
  kasubid: "kepala sub bidang",
  kabag: "kepala bagian",
  kabid: "kepala bidang",
  kebid: "kepala bidang",
  kadis: "kepala dinas",
  kadin: "kepala dinas",
  sekdis: "sekretaris dinas",
  sekdin: "sekretaris dinas",
  sekda: "sekretaris daerah",
  karo: "kepala biro",
  kasi: "kepala seksi",
  kasie: "kepala seksi",
  kaban: "kepala badan",
  ka: "kepala",
  staff: "staf",
  subag: "sub bagian",
  subbag: "sub bagian",
  subbid: "sub bidang",
  subkoordinator: "sub koordinator",
  subkoordinasi: "sub koordinator",
  tu: "tata usaha",
  kepum: "kepegawaian dan umum",
  kehum: "kepegawaian dan umum",
  pemprov: "pemerintah provinsi",
  uptd: "upt",
  ppk: "pejabat pembuat komitmen",
  pptk: "pejabat pelaksana teknis kegiatan",
};

/** Words dropped from actor labels ("Plt. Kepala Biro" is matched by "Kepala Biro"). */
const DROPPED = new Set(["plt", "plh", "pj", "yth", "bapak", "ibu", "sdr", "the"]);

/** A one-word prefix made of these words is too vague to identify an actor. */
const GENERIC = new Set(["kepala", "sub", "pejabat", "bagian", "bidang", "seksi", "dinas", "biro", "para", "seluruh", "tim", "dan", "staf", "petugas"]);

const MULTIWORD: [RegExp, string][] = [
  [/\bm\s*\.?\s*puncak\b/g, "manajemen puncak"],
  [/\bm\s*\.?\s*mutu\b/g, "manajer mutu"],
  [/\bsub\s*\.\s*/g, "sub "],
];

/** Lowercase words with abbreviations expanded; "/" is kept as its own token. */
export function actorWords(text: string): string[] {
  let s = (text ?? "").toLowerCase().replace(/<[^>]*>/g, " ");
  for (const [re, rep] of MULTIWORD) s = s.replace(re, rep);
  s = s.replace(/\//g, " / ").replace(/[^a-z0-9/\s-]+/g, " ").replace(/-/g, " ");
  const words: string[] = [];
  for (const w of s.split(/\s+/)) {
    if (!w || DROPPED.has(w)) continue;
    const expanded = ABBREVIATIONS[w];
    if (expanded) words.push(...expanded.split(" "));
    else words.push(w);
  }
  return words;
}

interface Alternative {
  actor: number;
  words: string[];
}

export interface ActorMatcher {
  actors: string[];
  alternatives: Alternative[];
}

/** Distinct words close enough to pass for a misspelling of each other. */
const LOOK_ALIKES = [
  ["kepada", "kepala"],
  ["bidang", "bidan"],
  ["badan", "bidan"],
  ["sekretariat", "sekretaris"],
  ["bagan", "bagian"],
];
const NOT_TYPOS = new Set(LOOK_ALIKES.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]));

/** Edit distance with transpositions (optimal string alignment), stopping early above `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length];
}

/** Indonesian suffixes: "pelaksanaan" is a word of its own, not a misspelled "pelaksana". */
const SUFFIX = /^(an|kan|nya|i|lah|wan|wati)$/;

/** An abbreviation or code ("pjksmb", "uptd"): too few vowels to be a misspelled word. */
const looksAbbreviated = (w: string) => (w.match(/[aeiou]/g)?.length ?? 0) < w.length * 0.3;

/**
 * A text word names the actor word, allowing a misspelling scaled to the word's length: one edit
 * for 5–7 letters, two for 8 or more; never for short words, abbreviations, numbers, common words
 * next to an actor word, or the actor word with a suffix ("pelaksanaan" is not "pelaksana").
 */
export function similarWord(text: string, actor: string): boolean {
  if (text === actor) return true;
  const length = Math.max(text.length, actor.length);
  if (Math.min(text.length, actor.length) < 5 || text[0] !== actor[0]) return false;
  if (NOT_TYPOS.has(`${text}|${actor}`) || ABBREVIATIONS[text] !== undefined) return false;
  if (/\d/.test(text + actor) || looksAbbreviated(text) || looksAbbreviated(actor)) return false;
  if (text.startsWith(actor) && SUFFIX.test(text.slice(actor.length))) return false;
  const max = length >= 8 ? 2 : 1;
  return editDistance(text, actor, max) <= max;
}

/** "Sekretaris/ Kepala Bidang" is matched by either "Sekretaris" or "Kepala Bidang". */
export function buildActorMatcher(actors: string[]): ActorMatcher {
  const alternatives: Alternative[] = [];
  actors.forEach((label, actor) => {
    const words = actorWords(label.replace(/\(.*?\)/g, " "));
    const parts: string[][] = [[]];
    for (const w of words) {
      if (w === "/") parts.push([]);
      else parts[parts.length - 1].push(w);
    }
    for (const p of parts) if (p.length) alternatives.push({ actor, words: p });
  });
  return { actors, alternatives };
}

export interface Mention {
  actor: number;
  start: number;
  end: number;
}

/** Words of `alt` matched at position i (0: no match) and how many of them exactly. */
function matchAt(words: string[], i: number, alt: Alternative): { len: number; exact: number } {
  let k = 0;
  let exact = 0;
  while (k < alt.words.length && i + k < words.length && similarWord(words[i + k], alt.words[k])) {
    if (words[i + k] === alt.words[k]) exact++;
    k++;
  }
  const none = { len: 0, exact: 0 };
  // A misspelling counts only inside a match that is complete or holds an exact word.
  if (k === 0 || (exact === 0 && k < alt.words.length)) return none;
  if (k === alt.words.length || k >= 2) return { len: k, exact };
  return GENERIC.has(alt.words[0]) ? none : { len: 1, exact };
}

/** Every actor named in the text, longest match first at each position. */
export function findMentions(words: string[], matcher: ActorMatcher): Mention[] {
  const mentions: Mention[] = [];
  for (let i = 0; i < words.length; ) {
    let best: { actor: number; len: number; exact: number; cover: number } | null = null;
    for (const alt of matcher.alternatives) {
      const { len, exact } = matchAt(words, i, alt);
      if (!len) continue;
      const cover = len / alt.words.length;
      // Longest match first; between equally long ones the more exact, then the more complete.
      const better = !best || len > best.len || (len === best.len && (exact > best.exact || (exact === best.exact && cover > best.cover)));
      if (better) best = { actor: alt.actor, len, exact, cover };
    }
    if (best) {
      mentions.push({ actor: best.actor, start: i, end: i + best.len });
      i += best.len;
    } else i++;
  }
  return mentions;
}

const MAX_ACTIVITY = 2000;

const HANDOFF_WORDS = new Set([
  "kepada", "ke", "menugaskan", "memerintahkan", "memerintah", "menginstruksikan", "mendisposisi",
  "mendisposisikan", "mendisposisikannya", "didisposisikan", "mengarahkan", "meminta",
]);
const HANDOFF_FILLERS = new Set(["masing", "seluruh", "para", "yang", "semua", "/"]);
const VERB = /^(me|mem|men|meng|meny|ber)[a-z]{2,}/;
const STOP_BEFORE_VERB = new Set(["kepada", "ke", "untuk", "dan", "dari", "oleh", "yang", "/"]);
const REJECTION = /\b(dikembalikan|mengembalikan(?:nya)?|kembalikan|diserahkan\s+kembali)\s+(?:lagi\s+)?(?:kepada|ke)\s+([^.,;]{2,80})/gi;

/** Who gets the work back when the step rejects it ("... tidak setuju dikembalikan kepada X untuk diperbaiki"). */
export function rejectionTargets(activity: string, matcher: ActorMatcher): number[] {
  const out: number[] = [];
  const text = activity ?? "";
  for (const m of text.matchAll(REJECTION)) {
    // Only the "tidak setuju" branch or an explicit "untuk diperbaiki" is a rejection.
    const before = text.slice(Math.max(0, (m.index ?? 0) - 60), m.index);
    if (!/\b(tidak|belum|ditolak)\b/i.test(before) && !/untuk\s+(di|mem)?(perbaiki|koreksi|revisi)/i.test(m[2])) continue;
    const mention = findMentions(actorWords(m[2]), matcher)[0];
    if (mention && mention.start === 0 && !out.includes(mention.actor)) out.push(mention.actor);
  }
  return out;
}

/** Text of the main path: clauses for the "tidak setuju" branch are removed. */
function mainPathText(activity: string): string {
  return (activity ?? "")
    .replace(/\b(apabila|jika|bila|kalau)\s+(tidak|belum|ditolak)\b[^.]*?(?=\b(apabila|jika|bila)\s+(setuju|disetujui|sesuai|lengkap|memenuhi)\b|\.(\s|$)|$)/gi, " ")
    .replace(/\b(di|me(ng)?)kembalikan(nya)?\s+(kepada|ke)\s+[^.,;]*?untuk\s+(di|mem)?(perbaiki|koreksi|dikoreksi|revisi)\w*/gi, " ");
}

/** Actors the step passes its work to ("meneruskan kepada X", "menugaskan X"). */
export function handoffTargets(activity: string, matcher: ActorMatcher): number[] {
  const words = actorWords(mainPathText(activity));
  const out: number[] = [];
  for (const m of findMentions(words, matcher)) {
    let j = m.start - 1;
    while (j >= 0 && HANDOFF_FILLERS.has(words[j])) j--;
    if (j >= 0 && HANDOFF_WORDS.has(words[j]) && !out.includes(m.actor)) out.push(m.actor);
  }
  return out;
}

/** The actor the activity names as its own subject ("Kepala UPTD menelaah ..."), or null. */
export function subjectActor(activity: string, matcher: ActorMatcher): number | null {
  // "Berdasarkan surat masuk, Kepala UPTD mengeluarkan ...", "Setelah menerima dokumen, X mencocokkan ..."
  const text = (activity ?? "").replace(/^\s*(berdasarkan|setelah|sesudah|dalam|atas)\b[^,]{0,120},\s*/i, "");
  const words = actorWords(text);
  const mentions = findMentions(words.slice(0, 12), matcher);
  const first = mentions[0];
  if (!first || first.start !== 0) return null;
  let end = first.end;
  // "Sekretaris/Kabid menelaah": names joined by "/".
  for (;;) {
    const next = words[end] === "/" ? mentions.find((m) => m.start === end + 1) : undefined;
    if (!next) break;
    end = next.end;
  }
  for (let k = end; k < Math.min(words.length, end + 6); k++) {
    if (STOP_BEFORE_VERB.has(words[k])) return null;
    if (VERB.test(words[k])) return first.actor;
  }
  return null;
}

export interface ActorInput {
  activity: string;
  /** Actor index from a Mulai/Selesai column, when the column is reliable. */
  markerActor: number | null;
}

export interface ActorAssignment {
  actor: number | null;
  confidence: ActorConfidence;
}

/**
 * Resolves the actor of every step, in order (the previous step's actor helps the next one).
 * Rules, strongest first: Mulai/Selesai column; the activity's own subject; the previous step's
 * hand-off ("meneruskan kepada X"); the next step returning rejected work to X ("dikembalikan kepada X").
 */
export function assignActors(input: ActorInput[], actors: string[]): ActorAssignment[] {
  const matcher = buildActorMatcher(actors);
  // Long garbage must not make the regular expressions slow.
  const steps = input.map((s) => ({ ...s, activity: (s.activity ?? "").slice(0, MAX_ACTIVITY) }));
  const out: ActorAssignment[] = [];
  steps.forEach((step, i) => {
    if (step.markerActor !== null && step.markerActor < actors.length) {
      out.push({ actor: step.markerActor, confidence: "certain" });
      return;
    }
    const subject = subjectActor(step.activity, matcher);
    if (subject !== null) {
      out.push({ actor: subject, confidence: "inferred" });
      return;
    }
    if (i > 0) {
      const own = handoffTargets(step.activity, matcher);
      const previous = out[i - 1].actor;
      const candidates = handoffTargets(steps[i - 1].activity, matcher).filter(
        (a) => a !== previous && !own.includes(a),
      );
      if (candidates.length) {
        out.push({ actor: candidates[0], confidence: "inferred" });
        return;
      }
    }
    out.push({ actor: null, confidence: "unknown" });
  });
  // Backward pass: a reviewer returns rejected work to whoever did the step before.
  for (let i = out.length - 2; i >= 0; i--) {
    if (out[i].actor !== null) continue;
    const next = out[i + 1].actor;
    const back = rejectionTargets(steps[i + 1].activity, matcher).filter((a) => a !== next);
    if (back.length === 1) out[i] = { actor: back[0], confidence: "inferred" };
  }
  return out;
}
