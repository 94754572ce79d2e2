// Which steps are decisions (the step approves and can send the work back, "jika tidak setuju …
// dikembalikan") and to which earlier step the "Tidak" branch returns.
import { actorWords, buildActorMatcher, findMentions } from "../import/actors";

// ---------------------------------------------------------------------------------------------
// Decision detection

const COND = String.raw`(?:jika|apabila|bila|bilamana|kalau|manakala)`;
/** What follows "jika"/"apabila" in the branch that sends the work back. */
const NEGATIVE_OUTCOME = String.raw`(?:(?:tidak|tida|tdk|belum)\s+(?:setuju|sesuai|lengkap|memenuhi|disetujui|diterima|terdaftar|valid|benar|lolos|layak|acc)\b|(?:tidak|tdk)(?=\s*(?:[,.;:]|$)|\s+(?:maka\b|di\s?kembali|mengembali|kembali|di\s?serahkan|menyerahkan|di\s?perbaiki|memperbaiki))|(?:masih\s+)?(?:ada|terdapat)\s+(?:koreksi|perbaikan|kekurangan|kesalahan|revisi)\b)`;
/** "jika tidak setuju", "apabila berkas belum lengkap", "bila ada koreksi", "jika TIDAK dikembalikan". */
const NEGATIVE_CONDITION = new RegExp(String.raw`\b${COND}(?:\s+(?!${COND}\b)[^\s.;]+){0,3}?\s+${NEGATIVE_OUTCOME}`, "i");
/** Verbs that send work back. */
const RETURN_VERB = String.raw`(?:di\s?kembalikan|mengembalikan(?:nya)?|kembalikan|diserahkan\s+kembali|dikirim\s+kembali)`;
const RETURN_VERB_RE = new RegExp(String.raw`\b${RETURN_VERB}`, "i");
/** "dikembalikan kepada X untuk diperbaiki" — a return for correction is a rejection. */
const RETURN_FOR_CORRECTION = new RegExp(
  String.raw`\b${RETURN_VERB}\b[^.;]{0,100}?\b(?:untuk|agar|guna)\s+(?:di\s?|mem|me)?(?:perbaiki|koreksi|sempurnakan|revisi|lengkapi|melengkapi)`,
  "i",
);
/** "usulan yang ditolak dikembalikan", "tidak disetujui ... dikembalikan". */
const REJECTED_AND_RETURNED = new RegExp(String.raw`\b(?:tidak\s+disetujui|ditolak)\b[^.;]{0,80}?\b${RETURN_VERB}|\b${RETURN_VERB}\b[^.;]{0,40}?\b(?:ditolak|tidak\s+disetujui)\b`, "i");
/** "hasil koreksi dikembalikan", "dikembalikan beserta catatan perbaikan". */
const CORRECTION_RETURNED = new RegExp(
  String.raw`\b(?:hasil|catatan|dengan)\s+(?:koreksi|perbaikan|revisi)\b[^.;]{0,60}?\b${RETURN_VERB}|\b${RETURN_VERB}\b[^.;]{0,60}?\b(?:dengan|beserta|disertai)\s+(?:catatan\s+)?(?:koreksi|perbaikan|revisi)\b`,
  "i",
);
/** A condition that describes the approved branch ("jika setuju", "apabila telah ditandatangani"). */
const POSITIVE_CONDITION = new RegExp(
  String.raw`^${COND}(?:\s+[^\s.;]+){0,3}?\s+(?:setuju|disetujui|ya|sesuai|lengkap|benar|memenuhi|diterima|acc|selesai|(?:sudah|telah)\s+(?:di\w+|lengkap|sesuai|selesai|benar))\b`,
  "i",
);
const COND_GLOBAL = new RegExp(String.raw`\b${COND}\b`, "gi");

/** The text split into conditional clauses: each starts at "jika/apabila/…" and ends before the next one or at a sentence end. */
function conditionalClauses(text: string): { start: number; text: string }[] {
  const starts = [...text.matchAll(COND_GLOBAL)].map((m) => m.index ?? 0);
  return starts.map((start, k) => {
    const limit = k + 1 < starts.length ? starts[k + 1] : text.length;
    let clause = text.slice(start, limit);
    const sentenceEnd = clause.search(/[.;](?:\s|$)/);
    if (sentenceEnd >= 0) clause = clause.slice(0, sentenceEnd);
    return { start, text: clause };
  });
}

/**
 * Two or more conditions where a non-approving one returns the work:
 * "Apabila sisa cuti telah habis, dikembalikan kepada pemohon … Apabila masih ada, memerintahkan …".
 */
function alternativeWithReturn(text: string): number | null {
  const clauses = conditionalClauses(text);
  if (clauses.length < 2) return null;
  for (const c of clauses) {
    if (!POSITIVE_CONDITION.test(c.text) && RETURN_VERB_RE.test(c.text)) return c.start;
  }
  return null;
}

const MAX_TEXT = 2000;

function normalise(activity: string): string {
  return (activity ?? "").slice(0, MAX_TEXT).replace(/\s+/g, " ");
}

/**
 * True when the step checks/approves the work and sends it back when it is not approved, so that
 * the flowchart draws a decision diamond. Conservative: a plain "dikembalikan ke pengadministrasi
 * umum" (the normal flow), "jika setuju … dikembalikan kepada pelaksana" (no alternative), or
 * "memeriksa …, jika terdapat pengaduan …" are not decisions.
 */
export function isDecisionStep(activity: string): boolean {
  return rejectionStart(normalise(activity)) !== null;
}

/** Where the "Tidak" branch starts in the text, or null when the step is not a decision. */
function rejectionStart(text: string): number | null {
  const negative = NEGATIVE_CONDITION.exec(text);
  if (negative) return negative.index;
  for (const re of [RETURN_FOR_CORRECTION, REJECTED_AND_RETURNED, CORRECTION_RETURNED]) {
    const m = re.exec(text);
    if (m) return m.index;
  }
  return alternativeWithReturn(text);
}

// ---------------------------------------------------------------------------------------------
// Return target

export interface ReturnTarget {
  /** Index in `previousSteps`. */
  index: number;
  /** "step": the text names the step number; "actor": the text names the actor; "previous": fallback. */
  matchedBy: "step" | "actor" | "previous";
  /** The words naming who gets the work back, when the text has them. */
  name: string | null;
}

/** The rejection branch: from its start to the next condition or the end of the sentence. */
function rejectionClause(text: string): string | null {
  const start = rejectionStart(text);
  if (start === null) return null;
  const rest = text.slice(start);
  // Skip the first word so that the clause does not end at its own "jika".
  const next = rest.slice(1).search(new RegExp(String.raw`\b${COND}\b`, "i"));
  let clause = next >= 0 ? rest.slice(0, next + 1) : rest;
  // A sentence ends at ". " (not "Kabid. Linjamsos", which the actor words handle anyway).
  const end = clause.search(/[.;](?:\s+[A-Z(]|\s*$)/);
  if (end > 0) clause = clause.slice(0, end);
  return clause;
}

/** Who the clause sends the work back to ("dikembalikan kepada X untuk diperbaiki" → "X"). */
function returnedToName(clause: string): string | null {
  const stop = String.raw`(?=\s+(?:untuk|agar|guna|supaya|dan|serta|apabila|jika|bila|maka|secara|sesuai|dengan|beserta)\b|[.,;:()]|$)`;
  const byVerb = new RegExp(String.raw`\b${RETURN_VERB}\s+(?:lagi\s+|kembali\s+)?(?:kepada|ke|kpd)\s+(.{2,90}?)${stop}`, "i").exec(clause);
  if (byVerb) return byVerb[1].trim();
  // "Jika tidak setuju menyerahkan kepada Kasubag TU untuk diperbaiki."
  const forCorrection = new RegExp(
    String.raw`\b(?:kepada|ke|kpd)\s+(.{2,90}?)\s+(?:untuk|agar)\s+(?:di\s?|mem|me)?(?:perbaiki|koreksi|sempurnakan|revisi)`,
    "i",
  ).exec(clause);
  if (forCorrection) return forCorrection[1].trim();
  // "diinformasikan kembali ke Pekerja Sosial"
  const back = /\bkembali\s+(?:kepada|ke)\s+(.{2,90}?)(?=\s+(?:untuk|agar|dan|secara)\b|[.,;:()]|$)/i.exec(clause);
  return back ? back[1].trim() : null;
}

/**
 * The earlier step the "Tidak" arrow of a decision goes back to: the step whose number the text
 * names ("kembali ke langkah 2"), else the latest earlier step whose actor is the one the text
 * returns the work to (abbreviations such as Kasubag, Kabid, Kadis, Sekdis are understood), else
 * the immediately previous step. Null when there is no earlier step.
 */
export function returnTarget(
  activity: string,
  actors: string[],
  previousSteps: ReadonlyArray<{ no?: number | null; actor: string | null }>,
): ReturnTarget | null {
  if (previousSteps.length === 0) return null;
  const fallback: ReturnTarget = { index: previousSteps.length - 1, matchedBy: "previous", name: null };
  const text = normalise(activity);
  const clause = rejectionClause(text) ?? text;

  const stepRef = /\b(?:langkah|tahap|kegiatan|no\.?|nomor|butir)\s*(?:ke\s*-?\s*)?(\d{1,3})\b/i.exec(clause);
  if (stepRef) {
    const no = Number(stepRef[1]);
    for (let i = previousSteps.length - 1; i >= 0; i--) {
      if (previousSteps[i].no === no) return { index: i, matchedBy: "step", name: stepRef[0] };
    }
  }

  const name = returnedToName(clause);
  if (!name) return fallback;
  // Every actor that can be a target: the SOP's actors and the earlier steps' actors.
  const labels: string[] = [];
  for (const a of [...actors, ...previousSteps.map((s) => s.actor)]) {
    if (a && !labels.includes(a)) labels.push(a);
  }
  const matcher = buildActorMatcher(labels);
  // "kepada pemohon melalui pengelola kepegawaian": the first actor named in the phrase.
  const mentions = findMentions(actorWords(name.replace(/\bmelalui\b/gi, " / ")), matcher);
  for (const mention of mentions) {
    const label = labels[mention.actor];
    for (let i = previousSteps.length - 1; i >= 0; i--) {
      if (previousSteps[i].actor === label) return { index: i, matchedBy: "actor", name };
    }
    // Other actors with the same words ("Sekretaris" and "Sekretaris/ Kepala Bidang").
    for (let i = previousSteps.length - 1; i >= 0; i--) {
      const actor = previousSteps[i].actor;
      if (!actor) continue;
      const own = findMentions(actorWords(name), buildActorMatcher([actor]));
      if (own.length > 0) return { index: i, matchedBy: "actor", name };
    }
  }
  return { ...fallback, name };
}
