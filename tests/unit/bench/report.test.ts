import { describe, expect, it } from "vitest";
import type { BenchSection } from "@/scripts/bench/contract";
import {
  mergeResults,
  README_END,
  README_START,
  replaceReadmeSection,
  resultsMarkdown,
  sectionMarkdown,
  type BenchResults,
  type PartResult,
} from "@/scripts/bench/report";

const section: BenchSection = {
  id: "bundle",
  title: "First-load JavaScript",
  header: ["Route", "KB"],
  rows: [
    ["/findings", "120.5"],
    ["/a|b", "99.0"],
  ],
  notes: ["Gzip level 6."],
  goals: [{ name: "Every route", goal: "≤ 150 KB", value: "120.5 KB", met: true }],
  data: {},
};

const part = (id: string, over: Partial<PartResult> = {}): PartResult => ({
  id,
  title: id,
  status: "ok",
  seconds: 1,
  finishedAt: "2026-01-01T00:00:00.000Z",
  sections: [],
  ...over,
});

const machine = { cpu: "Test CPU", cores: 2, memoryGiB: 4, os: "Linux", node: "v20", postgres: "17", commit: "abc", scale: 1 };

describe("sectionMarkdown", () => {
  it("draws the table, escapes pipes, then the goals and notes", () => {
    const md = sectionMarkdown(section);
    expect(md).toBe(
      [
        "### First-load JavaScript",
        "",
        "| Route | KB |\n|---|---|\n| /findings | 120.5 |\n| /a\\|b | 99.0 |",
        "",
        "| Goal | Target | Measured | Met |\n|---|---|---|---|\n| Every route | ≤ 150 KB | 120.5 KB | yes |",
        "",
        "- Gzip level 6.",
      ].join("\n"),
    );
  });
});

describe("resultsMarkdown", () => {
  it("lists every part with its status and a failure's first line, and counts the goals", () => {
    const results: BenchResults = {
      date: "2026-01-01",
      machine,
      parts: [
        part("bundle", { sections: [section] }),
        part("load", { status: "failed", error: "connection refused\n    at stack" }),
        part("generate", { status: "skipped", error: "scripts/bench/generate.ts is not there yet" }),
      ],
    };
    const md = resultsMarkdown(results);
    expect(md).toContain("Test CPU, 2 cores, 4.0 GiB");
    expect(md).toContain("| load | **failed** | 1 s | connection refused |");
    expect(md).toContain("| generate | skipped | 1 s | scripts/bench/generate.ts is not there yet |");
    expect(md).toContain("## Goals: 1 of 1 met");
    expect(md).not.toContain("at stack");
  });
});

describe("replaceReadmeSection", () => {
  const readme = `# Portal\n\n## Benchmark\n\n${README_START}\nold table\n${README_END}\n\n## Scripts\n`;

  it("replaces only what lies between the markers", () => {
    expect(replaceReadmeSection(readme, "new table\n")).toBe(
      `# Portal\n\n## Benchmark\n\n${README_START}\nnew table\n${README_END}\n\n## Scripts\n`,
    );
  });

  it("gives the same README when run twice", () => {
    const once = replaceReadmeSection(readme, "new table");
    expect(replaceReadmeSection(once, "new table")).toBe(once);
  });

  it("refuses a README without both markers in order", () => {
    expect(() => replaceReadmeSection("# Portal\n", "x")).toThrow(/markers/);
    expect(() => replaceReadmeSection(`${README_END}\n${README_START}`, "x")).toThrow(/markers/);
    expect(() => replaceReadmeSection(`${README_START}${README_START}${README_END}`, "x")).toThrow(/markers/);
  });
});

describe("mergeResults", () => {
  it("keeps the day's other parts, replaces those run again, in the runner's order", () => {
    const earlier: BenchResults = { date: "d", machine, parts: [part("load", { seconds: 5 }), part("bundle", { seconds: 5 })] };
    const now: BenchResults = { date: "d", machine, parts: [part("bundle", { seconds: 9 }), part("generate")] };
    const merged = mergeResults(earlier, now, ["generate", "build", "load", "bundle"]);
    expect(merged.parts.map((p) => [p.id, p.seconds])).toEqual([
      ["generate", 1],
      ["load", 5],
      ["bundle", 9],
    ]);
  });
});
