// Names of SOPs as people write them: "SOP Penanganan Surat Masuk", "Penanganan surat masuk.",
// "SOP AP Penanganan Surat Masuk" are the same SOP.

/** Identity key of a title: lower case, no "SOP"/"SOP AP" prefix, no punctuation, single spaces. */
export function titleKey(title: string): string {
  return title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/^(standar operasional prosedur( administrasi pemerintahan)?|sop( ap)?)\s+/, "")
    .replace(/\s+/g, " ");
}

export function numberKey(number: string | null | undefined): string {
  return (number ?? "").toLowerCase().replace(/\s+/g, "");
}

/** Levenshtein distance, bounded: stops early once `max` is exceeded. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length];
}

/**
 * The candidate a Keterkaitan name refers to: the same key, or else the closest key within a small
 * spelling distance (about one typo per ten letters). Returns null when nothing is close enough or
 * when two candidates are equally close (an ambiguous name stays unresolved).
 */
export function resolveName<T extends { key: string }>(name: string, candidates: T[]): T | null {
  const key = titleKey(name);
  if (!key) return null;
  const exact = candidates.filter((c) => c.key === key);
  if (exact.length === 1) return exact[0];
  if (exact.length > 1) return null;
  const budget = Math.max(1, Math.floor(key.length / 10));
  let best: T | null = null;
  let bestDistance = budget + 1;
  let tie = false;
  for (const candidate of candidates) {
    const d = editDistance(key, candidate.key, budget);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance) {
      tie = true;
    }
  }
  return best && !tie ? best : null;
}
