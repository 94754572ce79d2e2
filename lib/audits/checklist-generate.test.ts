import { describe, expect, it } from "vitest";
import { generateChecklist, generatedKey, recordsOf, stepQuestion } from "./checklist-generate";

const step = (no: number | null, extra: Partial<Parameters<typeof stepQuestion>[0]> = {}) => ({
  no, activity: "Menerima surat masuk", actor: "Pengadministrasi", actor_confidence: "certain" as const, kelengkapan: "Buku agenda",
  waktu_raw: "5 menit", waktu_minutes: 5, output: "Surat tercatat", keterangan: null, ...extra,
});

describe("stepQuestion", () => {
  it("asks about actor, Mutu Baku time, kelengkapan and output", () => {
    expect(stepQuestion(step(1), 1)).toBe(
      'Langkah 1 "Menerima surat masuk": apakah dilaksanakan oleh Pengadministrasi, dalam waktu Mutu Baku 5 menit, dengan kelengkapan: Buku agenda, dan menghasilkan: Surat tercatat?',
    );
  });
  it("leaves out what the SOP does not state", () => {
    expect(stepQuestion(step(2, { actor: null, waktu_raw: null, kelengkapan: null, output: null }), 2)).toBe(
      'Langkah 2 "Menerima surat masuk": apakah dilaksanakan oleh pelaksana yang ditetapkan?',
    );
  });
});

describe("recordsOf", () => {
  it("splits Pencatatan dan Pendataan into records without numbering or bullets", () => {
    expect(recordsOf("1. Buku agenda surat masuk\n- Lembar disposisi\n\n b) Arsip digital ")).toEqual(["Buku agenda surat masuk", "Lembar disposisi", "Arsip digital"]);
    expect(recordsOf(null)).toEqual([]);
  });
});

describe("generateChecklist", () => {
  const input = {
    unitIds: ["u1", "u2"],
    clauses: [{ code: "9.2", title: "Audit internal", questions: ["Q1", "Q2"] }],
    sops: [{ sopId: "s1", unitId: "u1", content: { nama: "Surat Masuk", steps: [step(1), step(null), step(7)], pencatatan: "Buku agenda\nArsip" } }],
  };
  it("makes clause questions per unit, one item per step (numbered as printed) and one per record", () => {
    const items = generateChecklist(input);
    expect(items.filter((i) => i.kind === "KLAUSUL")).toHaveLength(4);
    expect(items.filter((i) => i.kind === "LANGKAH_SOP").map((i) => i.sopStepNo)).toEqual([1, 2, 7]);
    expect(items.filter((i) => i.kind === "PENCATATAN").map((i) => i.clauseCode)).toEqual(["7.5", "7.5"]);
    expect(new Set(items.map(generatedKey)).size).toBe(items.length);
  });
  it("keeps a step's identity when its question was edited", () => {
    const [item] = generateChecklist(input).filter((i) => i.kind === "LANGKAH_SOP");
    expect(generatedKey({ ...item, question: "diubah" })).toBe(generatedKey(item));
  });
});
