/**
 * Cleanup of converted text: HTML fragments (<ol>, <li>, <p>, <u>, <i>, <br>, <pre>), markdown
 * emphasis, and lists written inline ("1. UU ... 2. PP ...", "ATK.Komputer.Printer").
 */

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    const lower = code.toLowerCase();
    if (lower.startsWith("#x")) return safeCodePoint(parseInt(lower.slice(2), 16)) ?? whole;
    if (lower.startsWith("#")) return safeCodePoint(parseInt(lower.slice(1), 10)) ?? whole;
    return ENTITIES[lower] ?? whole;
  });
}

function safeCodePoint(n: number): string | null {
  return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : null;
}

/** Removes markdown bold/italic markers left by the converter ("**DINAS SOSIAL**", "*Grand Design*"). */
export function stripMarkdown(s: string): string {
  return s.replace(/\*{1,3}([^*]*)\*{1,3}/g, "$1").replace(/\*{2,}/g, "");
}

/** Removes HTML tags; block-level closers and <br> become a space. */
function stripTags(s: string): string {
  return s
    .replace(/<\s*br\s*\/?>/gi, " ")
    .replace(/<\/\s*(p|li|td|th|tr|div|ol|ul)\s*>/gi, " ")
    .replace(/<\/?[a-z][^>]*>/gi, "");
}

function collapseSpaces(s: string): string {
  return s.replace(/[\s\u00a0]+/g, " ").trim();
}

/** Plain text of a cell: entities decoded, tags and markdown removed, whitespace collapsed. */
export function cleanText(s: string | null | undefined): string {
  if (!s) return "";
  if (!/[<&*]/.test(s)) return collapseSpaces(s);
  return collapseSpaces(stripMarkdown(stripTags(decodeEntities(s))));
}

/** A page number or a lone paraf letter ("2", "b", "N") printed between tables. */
export function isPageNoise(line: string): boolean {
  return /^\s*(\d{1,3}|[A-Za-z]|[IVX]{1,5})\s*$/.test(cleanText(line));
}

/** True when the cell holds a mermaid flowchart (`<pre> graph TD ... </pre>`). */
export function isFlowchart(s: string): boolean {
  return /<pre\b|\bgraph\s+(TD|LR|TB)\b/i.test(s);
}

// ---------------------------------------------------------------- list items

const ABBREVIATION_BEFORE_DOT =
  /(?:^|[\s(])(?:Prov|No|Nomor|Kab|Kec|Kel|Ds|Jl|Dr|Drs|Ir|Hj|H|S|M|Ka|St|dkk|dll|Tbk|Sos|Si|Pt|Pd|Kom|Ak|Th|Tgl|Yth|Sdr|Bpk|a\.n|u\.b|[A-Z])$/;

/** Strips bullets, numbering and trailing separators from one list item. */
function cleanItem(s: string, keepFinalPeriod = false): string {
  let t = collapseSpaces(s);
  t = t.replace(/^(?:[-•*·▪●]\s*)+/, "");
  t = t.replace(/^(?:\(?\d{1,2}[.)]|\d{1,2}(?=\s))\s*/, "");
  t = t.replace(/^[a-z][.)]\s+/, "");
  t = t.replace(/(?:[;,]\s*dan|[;,])\s*$/i, "");
  if (!keepFinalPeriod) t = t.replace(/\.\s*$/, "");
  return collapseSpaces(t);
}

/**
 * Positions of a sequential inline numbering "1 ... 2 ... 3 ..." (with or without a dot after the
 * number). Numbers inside legal references ("Nomor 2 Tahun 2012") are not markers.
 */
export function findNumberMarkers(s: string): { index: number; length: number }[] {
  for (const dotted of [true, false]) {
    const markers: { index: number; length: number }[] = [];
    const first = dotted ? /^\s*1[.)]\s*(?=\S)/.exec(s) : /^\s*1\s+(?=[A-Za-z])/.exec(s);
    if (!first) continue;
    markers.push({ index: 0, length: first[0].length });
    let from = first[0].length;
    let skipped = false;
    for (let n = 2; n < 100; n++) {
      const re = dotted
        ? new RegExp(`(?<![\\d./,-])${n}[.)]\\s*(?=[A-Za-z(<"'])`, "g")
        : new RegExp(`(?<![\\d./,-])${n}\\s+(?=[A-Z])`, "g");
      re.lastIndex = from;
      let found: RegExpExecArray | null = null;
      for (let m = re.exec(s); m; m = re.exec(s)) {
        const before = s.slice(Math.max(0, m.index - 12), m.index);
        const after = s.slice(m.index + m[0].length, m.index + m[0].length + 6);
        if (/(?:Nomor|No\.?|Tahun|Pasal|ayat|Angka|Nomer|:)\s*$/i.test(before)) continue;
        if (/^Tahun\b/i.test(after)) continue;
        found = m;
        break;
      }
      if (!found) {
        // One number may be missing ("...;4. A; B;6. C"): look for the next one once.
        if (skipped || n < 3) break;
        skipped = true;
        continue;
      }
      markers.push({ index: found.index, length: found[0].length });
      from = found.index + found[0].length;
    }
    if (markers.length >= 2) return markers;
  }
  return [];
}

function splitAtMarkers(s: string, markers: { index: number; length: number }[]): string[] {
  return markers.map((m, i) => s.slice(m.index + m.length, i + 1 < markers.length ? markers[i + 1].index : s.length));
}

/** Splits "A.B. C" at sentence ends, keeping abbreviations such as "Prov." or "S.Pt." together. */
function splitSentences(s: string): string[] {
  const parts: string[] = [];
  let start = 0;
  const re = /\.(?=\s*[A-Z(<])/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const head = s.slice(start, m.index);
    if (ABBREVIATION_BEFORE_DOT.test(head)) continue;
    // "1. Peraturan ..." or "a. Komputer": the item's own number or letter, not a sentence.
    if (/^\s*(\d{1,2}|[a-z])$/.test(head)) continue;
    // Codes such as "940.KU.2936.AK/2014".
    if (/\d$/.test(head) && /^[A-Z]{2}/.test(s.slice(m.index + 1))) continue;
    parts.push(head);
    start = m.index + 1;
  }
  parts.push(s.slice(start));
  return parts;
}

/** "ATKPerangkat komputerTelepon" -> ["ATK", "Perangkat komputer", "Telepon"] (items glued together). */
function splitGlued(s: string): string[] {
  return s.split(/(?<=[a-z)])(?=[A-Z])|(?<=[A-Z]{2})(?=[A-Z][a-z]{2})/);
}

/** Three or more items each starting with "SOP" written on one line without separators. */
function splitRepeatedSop(s: string): string[] {
  const count = (s.match(/(?:^|\s)SOP\s/g) ?? []).length;
  if (count < 2 || !/^\s*SOP\s/.test(s)) return [s];
  return s.split(/\s+(?=SOP\s)/);
}

export interface SplitOptions {
  /** The text was written on one line (label and items inline, or a table cell). */
  inline?: boolean;
  /** Keep a final period on items (for prose such as Peringatan). */
  keepFinalPeriod?: boolean;
  /** Items are legal references (Dasar Hukum): split a run of them written without separators. */
  legal?: boolean;
  /** Items are qualifications ("Menguasai ... Memahami ..."): split a run written without separators. */
  qualification?: boolean;
}

/** A new qualification starts with one of these words right after a lower-case word. */
const QUALIFICATION_START =
  /(?<=[a-z)])\s+(?=(?:Menguasai|Memahami|Memiliki|Mampu|Mengetahui|Mengerti|Pendidikan|Berpendidikan|Diwajibkan|Disiplin|Sehat|Jujur|Teliti|Berpengalaman)\b)/;

const LEGAL_START = /\s(?=(?:Undang\s*-\s*Undang|Peraturan|Keputusan|Instruksi|Surat Edaran|Perda|Pergub|Permen\w*|Perpres|UU|PP)\b)/g;
const LEGAL_CONTINUATION = /\b(atas|tentang|dengan|dan|pelaksanaan|sebagaimana|terhadap|dalam|pada|menjadi|perubahan|mengubah|pengganti|penetapan|berdasarkan|ttg|jo\.?)$/i;

/** "... Pelayanan Publik Undang - Undang Nomor 30 ... Peraturan Presiden ..." -> one item per reference. */
function splitLegalReferences(s: string): string[] {
  if (s.length < 150) return [s];
  const parts: string[] = [];
  let start = 0;
  for (const m of s.matchAll(LEGAL_START)) {
    const head = s.slice(start, m.index);
    if (m.index === undefined || head.trim().length < 25 || LEGAL_CONTINUATION.test(head.trim())) continue;
    parts.push(head);
    start = m.index;
  }
  parts.push(s.slice(start));
  return parts;
}

/** Splits list text into clean items. Never returns empty strings. */
export function splitListItems(raw: string, opts: SplitOptions = {}): string[] {
  let s = stripMarkdown(decodeEntities(raw ?? ""));
  const finish = (parts: string[]) =>
    parts.map((p) => cleanItem(stripTags(p), opts.keepFinalPeriod)).filter((p) => p !== "");

  if (/<li\b/i.test(s)) {
    return finish(s.split(/<li\b[^>]*>/i).filter((p, i) => i > 0 || cleanText(p) !== ""));
  }
  const olContext = /<(ol|ul)\b/i.test(s);
  s = s.replace(/<\/?(ol|ul)\b[^>]*>/gi, "\n").replace(/<\s*br\s*\/?>|<\/?p\b[^>]*>/gi, "\n");
  s = stripTags(s);

  const items: string[] = [];
  for (const chunk of s.split("\n")) {
    const text = collapseSpaces(chunk);
    if (!text) continue;
    const markers = findNumberMarkers(text);
    if (markers.length >= 2) {
      items.push(...splitAtMarkers(text, markers).flatMap((p) => p.split(/;\s*(?=\S)/)));
      continue;
    }
    let parts = /;/.test(text) ? text.split(";") : [text];
    if (opts.inline || olContext) parts = parts.flatMap(splitSentences).flatMap(splitRepeatedSop);
    if (olContext) parts = parts.flatMap(splitGlued);
    if (opts.legal) parts = parts.flatMap(splitLegalReferences);
    if (opts.qualification && olContext) parts = parts.flatMap((p) => p.split(QUALIFICATION_START));
    items.push(...parts);
  }
  return finish(items);
}
