import { describe, it, expect } from "vitest";
import { parseSopDocument } from "../import";
import { SEED_FILES, readSeed } from "../import/seed-files";
import type { ParsedSop } from "../import/types";
import { PAGE_MAX_HEIGHT, PAGE_MAX_LANES, PAGE_MAX_STEPS, buildFlowchart, paginateFlowchart } from "./layout";
import { UNKNOWN_LANE_LABEL, type FlowNode, type FlowStepInput, type Flowchart } from "./types";

const dinsos = parseSopDocument(readSeed(SEED_FILES.dinsosNtt)).sops;
const biro = parseSopDocument(readSeed(SEED_FILES.biroOrganisasiNtt)).sops;
const bpsmb = parseSopDocument(readSeed(SEED_FILES.bpsmbKaltim)).sops;
const allSops: ParsedSop[] = [...dinsos, ...biro, ...bpsmb];

function sop(list: ParsedSop[], nama: string): ParsedSop {
  const found = list.find((s) => s.nama === nama);
  if (!found) throw new Error(`SOP ${nama} tidak ada di seed`);
  return found;
}

function step(activity: string, actor: string | null, no: number | null = null): FlowStepInput {
  return { no, activity, actor, actor_confidence: actor ? "inferred" : "unknown" };
}

// ---------------------------------------------------------------------------------------------
// Geometry helpers

type Rect = { x: number; y: number; width: number; height: number };

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Does the axis-parallel segment p–q pass through the interior of r? */
function segmentCrosses(p: { x: number; y: number }, q: { x: number; y: number }, r: Rect): boolean {
  const eps = 0.01;
  if (p.x === q.x) {
    const [y1, y2] = [Math.min(p.y, q.y), Math.max(p.y, q.y)];
    return p.x > r.x + eps && p.x < r.x + r.width - eps && y1 < r.y + r.height - eps && y2 > r.y + eps;
  }
  const [x1, x2] = [Math.min(p.x, q.x), Math.max(p.x, q.x)];
  return p.y > r.y + eps && p.y < r.y + r.height - eps && x1 < r.x + r.width - eps && x2 > r.x + eps;
}

/** Every layout invariant; returns the problems found (empty when the layout is sound). */
function layoutProblems(chart: Flowchart): string[] {
  const problems: string[] = [];
  const { nodes, edges } = chart;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    if (n.x < 0 || n.y < 0 || n.x + n.width > chart.width || n.y + n.height > chart.height) problems.push(`${n.id} outside the chart`);
    const lane = chart.lanes[n.lane];
    if (n.x < lane.x || n.x + n.width > lane.x + lane.width) problems.push(`${n.id} outside its lane`);
    if (n.lines.length > 9) problems.push(`${n.id} has ${n.lines.length} lines`);
    if (n.lines.length > 0 && (n.lineY[0] - 10 < n.y || n.lineY[n.lineY.length - 1] + 3 > n.y + n.height)) problems.push(`${n.id}'s text leaves its box`);
    for (let j = i + 1; j < nodes.length; j++) if (overlaps(n, nodes[j])) problems.push(`${n.id} overlaps ${nodes[j].id}`);
  }
  for (const e of edges) {
    for (let k = 0; k + 1 < e.points.length; k++) {
      const p = e.points[k];
      const q = e.points[k + 1];
      if (p.x !== q.x && p.y !== q.y) problems.push(`${e.id} segment ${k} is not orthogonal`);
      for (const n of nodes) {
        const own = (n.id === e.from && k === 0) || (n.id === e.to && k === e.points.length - 2);
        if (!own && segmentCrosses(p, q, n)) problems.push(`${e.id} segment ${k} crosses ${n.id}`);
      }
      if (p.x < 0 || p.x > chart.width || p.y < 0 || p.y > chart.height) problems.push(`${e.id} leaves the chart`);
    }
  }
  // Two return arrows never share a vertical channel over the same height.
  const channels = edges
    .filter((e) => e.kind === "return")
    .map((e) => ({ id: e.id, x: e.points[1].x, top: e.points[2].y, bottom: e.points[1].y }));
  for (let i = 0; i < channels.length; i++) {
    for (let j = i + 1; j < channels.length; j++) {
      const a = channels[i];
      const b = channels[j];
      if (a.x === b.x && a.top < b.bottom && b.top < a.bottom) problems.push(`${a.id} and ${b.id} share a channel`);
    }
  }
  return problems;
}

const stepNodes = (chart: Flowchart): FlowNode[] => chart.nodes.filter((n) => n.stepIndex !== null);

// ---------------------------------------------------------------------------------------------

describe("buildFlowchart on Penanganan Surat Masuk (Dinas Sosial)", () => {
  const s = sop(dinsos, "Penanganan Surat Masuk");
  const chart = buildFlowchart(s);

  it("has one lane per actor, in order, and no unknown lane", () => {
    expect(chart.lanes.map((l) => l.label)).toEqual(s.actors);
    expect(chart.lanes).toHaveLength(4);
    expect(chart.unknownLane).toBeNull();
  });

  it("has Mulai, one node per step and Selesai", () => {
    expect(chart.nodes).toHaveLength(s.steps.length + 2);
    expect(chart.nodes[0]).toMatchObject({ kind: "start", text: "Mulai", row: 0 });
    expect(chart.nodes[chart.nodes.length - 1]).toMatchObject({ kind: "end", text: "Selesai", row: s.steps.length + 1 });
    // No step approves or rejects anything: "dikembalikan ke pengadministrasi umum" is the normal flow.
    expect(stepNodes(chart).map((n) => n.kind)).toEqual(Array(6).fill("process"));
  });

  it("puts every step in its actor's lane, one row per step", () => {
    for (const n of stepNodes(chart)) {
      const st = s.steps[n.stepIndex!];
      expect(chart.lanes[n.lane].label).toBe(st.actor);
      expect(n.row).toBe(n.stepIndex! + 1);
      expect(n.stepNo).toBe(st.no);
      expect(n.confidence).toBe(st.actor_confidence);
    }
    // Mulai/Selesai stand in the lanes of the first and the last step (Pengadministrasi umum).
    expect(chart.nodes[0].lane).toBe(0);
    expect(chart.nodes[chart.nodes.length - 1].lane).toBe(0);
    expect(stepNodes(chart).map((n) => n.lane)).toEqual([0, 1, 0, 2, 3, 0]);
  });

  it("connects consecutive nodes with arrows from bottom to top", () => {
    expect(chart.edges).toHaveLength(chart.nodes.length - 1);
    chart.edges.forEach((e, k) => {
      const a = chart.nodes[k];
      const b = chart.nodes[k + 1];
      expect(e).toMatchObject({ from: a.id, to: b.id, kind: "next", label: null });
      expect(e.points[0]).toEqual({ x: a.x + a.width / 2, y: a.y + a.height });
      expect(e.points[e.points.length - 1]).toEqual({ x: b.x + b.width / 2, y: b.y });
    });
  });

  it("keeps the full text for the tooltip and shows all of it in a box grown to fit", () => {
    const first = stepNodes(chart)[0];
    expect(first.text).toBe(s.steps[0].activity);
    expect(first.lines.length).toBeGreaterThan(4);
    expect(first.lines[first.lines.length - 1].endsWith("…")).toBe(false);
    expect(first.lines.join(" ")).toBe(first.text);
    expect(first.height).toBeGreaterThanOrEqual(first.lines.length * 12);
  });

  it("is a sound layout", () => {
    expect(layoutProblems(chart)).toEqual([]);
  });
});

describe("buildFlowchart with decisions (Penanganan Surat Keluar, Dinas Sosial)", () => {
  const s = sop(dinsos, "Penanganan Surat Keluar");
  const chart = buildFlowchart(s);
  const byNo = (no: number) => stepNodes(chart).find((n) => n.stepNo === no)!;

  it("draws the three approvals as diamonds", () => {
    expect(stepNodes(chart).map((n) => n.kind)).toEqual(["process", "process", "decision", "decision", "decision", "process"]);
    expect(chart.decisionCount).toBe(3);
  });

  it("labels 'Ya' on the way on and 'Tidak' on the way back to the named actor", () => {
    const ret = chart.edges.filter((e) => e.kind === "return");
    expect(ret.map((e) => [e.from, e.to])).toEqual([
      [byNo(3).id, byNo(2).id], // dikembalikan kepada pengadministrasi umum
      [byNo(4).id, byNo(3).id], // dikembalikan kepada Kasubag/Sub koordinator substansi
      [byNo(5).id, byNo(4).id], // dikembalikan kepada Sekretaris/Kabid
    ]);
    expect(ret.every((e) => e.label?.text === "Tidak")).toBe(true);
    const yes = chart.edges.filter((e) => e.label?.text === "Ya");
    expect(yes.map((e) => e.from)).toEqual([byNo(3).id, byNo(4).id, byNo(5).id]);
    expect(yes.map((e) => e.to)).toEqual([byNo(4).id, byNo(5).id, byNo(6).id]);
  });

  it("sends 'Tidak' up from a side corner of the diamond into the target's top", () => {
    for (const e of chart.edges.filter((x) => x.kind === "return")) {
      const d = chart.nodes.find((n) => n.id === e.from)!;
      const t = chart.nodes.find((n) => n.id === e.to)!;
      expect(e.points[0].y).toBe(d.y + d.height / 2);
      expect([d.x, d.x + d.width]).toContain(e.points[0].x);
      const last = e.points[e.points.length - 1];
      expect(last.y).toBeGreaterThanOrEqual(t.y);
      expect(last.y).toBeLessThan(t.y + t.height / 2);
      expect(e.points[e.points.length - 2].y).toBeLessThan(t.y);
    }
  });

  it("is a sound layout", () => {
    expect(layoutProblems(chart)).toEqual([]);
  });
});

describe("the 'Belum diketahui' lane", () => {
  it("appears when a step has no actor, holding those steps", () => {
    const s = sop(dinsos, "Penanganan Nota Dinas");
    const chart = buildFlowchart(s);
    const labels = chart.lanes.map((l) => l.label);
    expect(labels.filter((l) => l !== UNKNOWN_LANE_LABEL)).toEqual(s.actors);
    expect(labels[chart.unknownLane!]).toBe(UNKNOWN_LANE_LABEL);
    const unknown = stepNodes(chart).filter((n) => n.lane === chart.unknownLane);
    expect(unknown.map((n) => n.stepNo)).toEqual(s.steps.filter((x) => x.actor === null).map((x) => x.no));
    expect(unknown.every((n) => n.confidence === "unknown")).toBe(true);
  });

  it("sits where the arrows cross least, not at the far right", () => {
    // Unknown steps between A's: at the right every visit crosses B and C twice.
    const chart = buildFlowchart({
      actors: ["A", "B", "C"],
      steps: [step("Satu", "A"), step("Dua", null), step("Tiga", "A"), step("Empat", null), step("Lima", "B"), step("Enam", "C")],
    });
    expect(chart.lanes.map((l) => l.label)).toEqual(["A", UNKNOWN_LANE_LABEL, "B", "C"]);
    expect(stepNodes(chart).map((n) => n.lane)).toEqual([0, 1, 0, 1, 2, 3]);
    expect(layoutProblems(chart)).toEqual([]);
  });

  it("keeps sideways travel in Layanan Pengaduan (32 steps, 14 without actor) below the far-right placement", () => {
    const s = sop(biro, "Layanan Pengaduan");
    const chart = buildFlowchart(s);
    const travel = (c: typeof chart) => {
      const lanes = stepNodes(c).map((n) => n.lane);
      return lanes.slice(1).reduce((sum, l, i) => sum + Math.abs(l - lanes[i]), 0);
    };
    const farRight = s.steps.map((x) => (x.actor === null || !s.actors.includes(x.actor) ? s.actors.length : s.actors.indexOf(x.actor)));
    const farRightTravel = farRight.slice(1).reduce((sum, l, i) => sum + Math.abs(l - farRight[i]), 0);
    expect(chart.unknownLane).not.toBe(s.actors.length);
    expect(travel(chart)).toBeLessThan(farRightTravel);
    expect(layoutProblems(chart)).toEqual([]);
  });

  it("does not appear when every actor is known", () => {
    expect(buildFlowchart({ actors: ["A", "B"], steps: [step("Satu", "A"), step("Dua", "B")] }).lanes.map((l) => l.label)).toEqual(["A", "B"]);
  });

  it("takes steps whose actor is not one of the lanes", () => {
    const chart = buildFlowchart({ actors: ["A"], steps: [step("Satu", "A"), step("Dua", "Z")] });
    expect(chart.lanes.map((l) => l.label)).toEqual(["A", UNKNOWN_LANE_LABEL]);
    expect(stepNodes(chart)[1].lane).toBe(1);
  });

  it("is the only lane when there are no actors", () => {
    const chart = buildFlowchart({ actors: [], steps: [step("Satu", null)] });
    expect(chart.lanes.map((l) => l.label)).toEqual([UNKNOWN_LANE_LABEL]);
    expect(layoutProblems(chart)).toEqual([]);
  });
});

describe("buildFlowchart sizes", () => {
  it("handles a single step and a single actor", () => {
    const chart = buildFlowchart({ actors: ["Kepala Dinas"], steps: [step("Menandatangani surat", "Kepala Dinas", 1)] });
    expect(chart.nodes.map((n) => n.kind)).toEqual(["start", "process", "end"]);
    expect(chart.edges).toHaveLength(2);
    expect(layoutProblems(chart)).toEqual([]);
  });

  it("never draws a diamond at the first step (there is nothing to go back to)", () => {
    const chart = buildFlowchart({ actors: ["A"], steps: [step("Memeriksa berkas, apabila tidak lengkap dikembalikan ke pemohon", "A")] });
    expect(stepNodes(chart)[0].kind).toBe("process");
  });

  it("handles no steps", () => {
    const chart = buildFlowchart({ actors: ["A"], steps: [] });
    expect(chart.nodes.map((n) => n.kind)).toEqual(["start", "end"]);
    expect(layoutProblems(chart)).toEqual([]);
  });

  it("lays out 40 steps over 10 actors with many returns without overlaps or crossings", () => {
    const actors = Array.from({ length: 10 }, (_, i) => `Pelaksana ${i + 1} dengan nama jabatan yang cukup panjang sekali`);
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const steps: FlowStepInput[] = Array.from({ length: 40 }, (_, i) => {
      const actor = rnd() < 0.1 ? null : actors[Math.floor(rnd() * actors.length)];
      const back = actors[Math.floor(rnd() * actors.length)];
      const activity =
        i > 0 && rnd() < 0.4
          ? `Memeriksa konsep. Apabila setuju diteruskan. Apabila tidak setuju dikembalikan kepada ${back} untuk diperbaiki.`
          : `Langkah ${i + 1}: ${"menyiapkan dokumen ".repeat(1 + Math.floor(rnd() * 8))}`;
      return { no: i + 1, activity, actor, actor_confidence: actor ? (rnd() < 0.5 ? "certain" : "inferred") : "unknown" };
    });
    const chart = buildFlowchart({ actors, steps });
    expect(chart.nodes).toHaveLength(42);
    expect(chart.lanes.length).toBe(11);
    expect(chart.decisionCount).toBeGreaterThan(5);
    expect(layoutProblems(chart)).toEqual([]);
    for (const lane of chart.lanes) expect(lane.headerLines.length).toBeLessThanOrEqual(3);
  });

  it("is a sound layout for every SOP in the seeds", () => {
    expect(allSops.length).toBeGreaterThan(150);
    const problems: string[] = [];
    for (const s of allSops) {
      const chart = buildFlowchart(s);
      if (chart.nodes.length !== s.steps.length + 2) problems.push(`${s.nama}: node count`);
      for (const p of layoutProblems(chart)) problems.push(`${s.nama}: ${p}`);
    }
    expect(problems).toEqual([]);
  });
});

describe("paginateFlowchart (Layanan Pengaduan, Biro Organisasi: 32 steps, 12 actors)", () => {
  const s = sop(biro, "Layanan Pengaduan");
  const pages = paginateFlowchart(s);

  it("splits the chart by step ranges within the page limits instead of shrinking it", () => {
    expect(pages.length).toBeGreaterThan(4);
    expect(pages.map((p) => [p.from, p.to]).flat()).toEqual([0, ...pages.slice(0, -1).flatMap((p) => [p.to, p.to]), s.steps.length]);
    for (const page of pages) {
      expect(page.to - page.from).toBeLessThanOrEqual(PAGE_MAX_STEPS);
      expect(page.chart.lanes.length).toBeLessThanOrEqual(PAGE_MAX_LANES);
      if (page.to - page.from > 1) expect(page.chart.height).toBeLessThanOrEqual(PAGE_MAX_HEIGHT);
      expect(stepNodes(page.chart).map((n) => n.stepIndex)).toEqual(Array.from({ length: page.to - page.from }, (_, k) => page.from + k));
      expect(layoutProblems(page.chart)).toEqual([]);
      // Printed within 277 × 170 mm, the 10-unit text stays at 6 pt or more.
      const pt = (10 * Math.min(277 / page.chart.width, 170 / page.chart.height)) / 0.3528;
      expect(pt).toBeGreaterThanOrEqual(6);
    }
  });

  it("joins the pages with off-page connectors naming the page and step", () => {
    const first = pages[0].chart.nodes;
    const last = pages[pages.length - 1].chart.nodes;
    expect(first[0].kind).toBe("start");
    expect(first[first.length - 1]).toMatchObject({ kind: "connector", text: expect.stringMatching(/^ke hlm\. 2\nlangkah /) });
    expect(pages[1].chart.nodes[0]).toMatchObject({ kind: "connector", text: expect.stringMatching(/^dari hlm\. 1\nlangkah /) });
    expect(last[last.length - 1].kind).toBe("end");
    expect(pages.flatMap((p) => p.chart.nodes.filter((n) => n.kind === "start" || n.kind === "end"))).toHaveLength(2);
  });

  it("keeps a short SOP on one page", () => {
    const short = { actors: ["A", "B"], steps: [step("Satu", "A", 1), step("Dua", "B", 2), step("Tiga", "A", 3)] };
    expect(paginateFlowchart(short)).toHaveLength(1);
  });

  it("prints every seeded SOP at 6 pt or more", () => {
    for (const s of allSops) {
      for (const page of paginateFlowchart(s)) {
        if (page.to - page.from <= 1) continue;
        const pt = (10 * Math.min(277 / page.chart.width, 170 / page.chart.height)) / 0.3528;
        expect(pt, `${s.nama} halaman ${page.pageNo}`).toBeGreaterThanOrEqual(6);
      }
    }
  });
});

describe("a step drawn as a diamond in the imported document", () => {
  it("is a decision with its Tidak branch back to the previous step, though its text does not say so", () => {
    const actors = ["Staf", "Kepala"];
    const plain = [step("Staf menyiapkan konsep surat", "Staf", 1), step("Kepala memeriksa konsep", "Kepala", 2), step("Staf mengirim surat", "Staf", 3)];
    const kinds = (steps: FlowStepInput[]) => buildFlowchart({ actors, steps }).nodes.filter((n) => n.id.startsWith("step-")).map((n) => n.kind);
    expect(kinds(plain)).toEqual(["process", "process", "process"]);
    const drawn = plain.map((s, i) => (i === 1 ? { ...s, decision: true } : s));
    expect(kinds(drawn)).toEqual(["process", "decision", "process"]);
  });
});
