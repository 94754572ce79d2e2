// Figures counted once over many agencies, grouped by unit, then added up per agency: a group
// belongs to every agency whose subtree holds its unit (the unit path starts with the agency's),
// exactly as a count scoped to that agency alone would include it.

/** The sums in the agencies' order. */
export function sumPerAgency(agencies: readonly { path: string }[], groups: readonly { path: string; n: number }[]): number[] {
  return agencies.map((a) => groups.reduce((sum, g) => (g.path.startsWith(a.path) ? sum + g.n : sum), 0));
}
