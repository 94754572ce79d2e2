// The bench's output: the results of one run (every part's section or failure, and the machine it
// ran on) as markdown, and the README's Benchmark section between its markers. Pure: no I/O.
import type { BenchSection, GoalCheck } from "./contract";

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  postgres: string;
  commit: string;
  scale: number;
}

/** One part of the run: its sections, or why it failed or was skipped. */
export interface PartResult {
  id: string;
  title: string;
  status: "ok" | "failed" | "skipped";
  seconds: number;
  finishedAt: string;
  sections: BenchSection[];
  /** The failure's message (and stack) or the reason it was skipped. */
  error?: string;
}

export interface BenchResults {
  date: string;
  machine: Machine;
  parts: PartResult[];
}

export const README_START = "<!-- bench:start -->";
export const README_END = "<!-- bench:end -->";

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

export function markdownTable(header: string[], rows: string[][]): string {
  const lines = [`| ${header.map(cell).join(" | ")} |`, `|${header.map(() => "---").join("|")}|`];
  for (const row of rows) lines.push(`| ${header.map((_, i) => cell(row[i] ?? "")).join(" | ")} |`);
  return lines.join("\n");
}

export function goalsTable(goals: GoalCheck[]): string {
  return markdownTable(
    ["Goal", "Target", "Measured", "Met"],
    goals.map((g) => [g.name, g.goal, g.value, g.met ? "yes" : "**no**"]),
  );
}

/** A section as markdown: its heading, table, goal checks and notes. */
export function sectionMarkdown(section: BenchSection, level = 3): string {
  const parts = [`${"#".repeat(level)} ${section.title}`, markdownTable(section.header, section.rows)];
  if (section.goals?.length) parts.push(goalsTable(section.goals));
  if (section.notes?.length) parts.push(section.notes.map((n) => `- ${n}`).join("\n"));
  return parts.join("\n\n");
}

export function machineLine(m: Machine): string {
  return (
    `${m.cpu}, ${m.cores} cores, ${m.memoryGiB.toFixed(1)} GiB; ${m.os}; Node ${m.node}; ` +
    `PostgreSQL ${m.postgres}; commit ${m.commit}; scale ${m.scale}`
  );
}

export function allGoals(results: BenchResults): GoalCheck[] {
  return results.parts.flatMap((p) => p.sections.flatMap((s) => s.goals ?? []));
}

function statusLine(part: PartResult): string {
  const took = `${part.seconds.toFixed(0)} s`;
  if (part.status === "ok") return `| ${cell(part.title)} | ok | ${took} | |`;
  const reason = (part.error ?? "").split("\n")[0];
  return `| ${cell(part.title)} | ${part.status === "failed" ? "**failed**" : "skipped"} | ${took} | ${cell(reason)} |`;
}

/** The whole run: the machine, the parts' status, every goal, then each section. */
export function resultsMarkdown(results: BenchResults, level = 2): string {
  const h = "#".repeat(level);
  const out = [`Run of ${results.date} on ${machineLine(results.machine)}.`];
  out.push(
    ["| Part | Status | Time | Note |", "|---|---|---|---|", ...results.parts.map(statusLine)].join("\n"),
  );
  const goals = allGoals(results);
  if (goals.length) {
    const met = goals.filter((g) => g.met).length;
    out.push(`${h} Goals: ${met} of ${goals.length} met`, goalsTable(goals));
  }
  for (const part of results.parts) {
    for (const section of part.sections) out.push(sectionMarkdown(section, level + 1));
  }
  return out.join("\n\n");
}

export function resultsDocument(results: BenchResults): string {
  return `# Portal Mutu benchmark, ${results.date}\n\n${resultsMarkdown(results, 2)}\n`;
}

/** Replaces what lies between the README's bench markers; the markers must be there, once each. */
export function replaceReadmeSection(readme: string, body: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start || readme.indexOf(README_START, start + 1) >= 0) {
    throw new Error(`README: the markers ${README_START} and ${README_END} must each appear once, in that order`);
  }
  return `${readme.slice(0, start + README_START.length)}\n${body.trim()}\n${readme.slice(end)}`;
}

/**
 * Merges a partial run into the day's earlier results: parts run now replace theirs, the others
 * stay; parts are listed in `order` (the runner's), unknown ids last.
 */
export function mergeResults(earlier: BenchResults | null, now: BenchResults, order: readonly string[]): BenchResults {
  const fresh = new Set(now.parts.map((p) => p.id));
  const parts = [...(earlier?.parts ?? []).filter((p) => !fresh.has(p.id)), ...now.parts];
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  parts.sort((a, b) => rank(a.id) - rank(b.id));
  return { ...now, parts };
}
