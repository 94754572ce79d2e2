// Which unit an imported SOP belongs to, from the organisation lines printed above its header
// ("PEMERINTAH PROVINSI …", "DINAS SOSIAL", "SEKRETARIAT", "SUB BAGIAN KEPEGAWAIAN DAN UMUM").
import { editDistance } from "./keys";

export interface UnitCandidate {
  id: string;
  path: string;
  name: string;
  shortName: string | null;
}

/** Upper-case letters and digits only, with a word repeated by mistake ("SOSIAL SOSIAL") once. */
function squash(text: string): string {
  const words = text.toUpperCase().replace(/[^A-Z0-9]+/g, " ").trim().split(" ");
  return words.filter((w, i) => w !== words[i - 1]).join("");
}

function matches(line: string, unit: UnitCandidate): boolean {
  const target = squash(line);
  if (target.length < 4) return false;
  return [unit.name, unit.shortName].some((name) => {
    if (!name) return false;
    const candidate = squash(name);
    const budget = Math.max(1, Math.floor(candidate.length / 15));
    return editDistance(target, candidate, budget) <= budget;
  });
}

/**
 * Walks the lines top-down from the agency: each line that names a unit below the current one
 * moves there, so "UPTD Anak" + "Sub Bagian Tata Usaha" picks that UPTD's own Sub Bagian.
 * Lines naming nothing below (the province, the agency itself) are skipped.
 */
export function matchUnit(
  lines: string[],
  agency: UnitCandidate,
  units: UnitCandidate[],
): { unit: UnitCandidate; matchedLines: string[] } {
  let current = agency;
  const matchedLines: string[] = [];
  for (const line of lines) {
    const below = units.filter((u) => u.path !== current.path && u.path.startsWith(current.path));
    const found = below.filter((u) => matches(line, u)).sort((a, b) => a.path.length - b.path.length)[0];
    if (found) {
      current = found;
      matchedLines.push(line);
    }
  }
  return { unit: current, matchedLines };
}
