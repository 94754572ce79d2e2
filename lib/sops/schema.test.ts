import { describe, expect, it } from "vitest";
import { SOP_CONTENT_LIMITS, type SopContentInput } from "./content";
import { sopImportSchema } from "./schema";

const content = (over: Partial<SopContentInput> = {}): SopContentInput => ({
  nomor: null,
  nama: "Pengelolaan Arsip",
  unit_lines: [],
  tanggal_pembuatan: null,
  tanggal_revisi: null,
  tanggal_efektif: null,
  disahkan_oleh: null,
  disahkan_oleh_nip: null,
  dasar_hukum: [],
  kualifikasi: [],
  keterkaitan: [],
  peralatan: [],
  peringatan: null,
  pencatatan: null,
  actors: ["Kepala", "Staf"],
  steps: [{ no: 1, activity: "Menerima berkas", actor: "Staf", actor_confidence: "certain", kelengkapan: null, waktu_raw: null, waktu_minutes: null, output: null, keterangan: null }],
  ...over,
});

const issues = (body: unknown) => {
  const result = sopImportSchema.safeParse(body);
  return result.success ? [] : result.error.issues.map((i) => [i.path.join("."), i.message]);
};

describe("sopImportSchema", () => {
  it("accepts an SOP as the preview sends it", () => {
    expect(issues({ sops: [{ fileName: "a.docx", unitId: "u1", content: content() }] })).toEqual([]);
  });

  // 100,000 actors used to block the thread for over a minute in the duplicate check.
  it("refuses a payload of 100,000 actors by the actor limit", () => {
    const actors = Array.from({ length: 100_000 }, (_, i) => `a${i}`);
    const found = issues({ sops: [{ fileName: "a.pdf", unitId: "u", content: content({ actors, steps: [] }) }] });
    expect(found).toContainEqual(["sops.0.content.actors", `Paling banyak ${SOP_CONTENT_LIMITS.actors} pelaksana.`]);
  });

  it("bounds steps, the list fields and the organisation lines", () => {
    const step = content().steps[0];
    const found = issues({
      sops: [
        {
          fileName: "a.pdf",
          unitId: "u",
          content: content({
            steps: Array.from({ length: SOP_CONTENT_LIMITS.steps + 1 }, () => step),
            dasar_hukum: Array.from({ length: SOP_CONTENT_LIMITS.items + 1 }, () => "UU"),
            unit_lines: Array.from({ length: SOP_CONTENT_LIMITS.unitLines + 1 }, () => "DINAS"),
          }),
        },
      ],
    });
    expect(found).toContainEqual(["sops.0.content.steps", `Paling banyak ${SOP_CONTENT_LIMITS.steps} langkah.`]);
    expect(found).toContainEqual(["sops.0.content.dasar_hukum", `Paling banyak ${SOP_CONTENT_LIMITS.items} baris.`]);
    expect(found).toContainEqual(["sops.0.content.unit_lines", `Paling banyak ${SOP_CONTENT_LIMITS.unitLines} baris.`]);
  });

  it("still marks a duplicate actor and a step whose actor is not in the list", () => {
    const found = issues({
      sops: [{ fileName: "a", unitId: "u", content: content({ actors: ["Staf", "staf"], steps: [{ ...content().steps[0], actor: "Kepala" }] }) }],
    });
    expect(found).toEqual([
      ["sops.0.content.actors.1", "Pelaksana ini sudah ada."],
      ["sops.0.content.steps.0.actor", "Pilih salah satu pelaksana SOP ini."],
    ]);
  });

  it("refuses a payload larger than the import bound before checking it", () => {
    const long = "x".repeat(3900);
    const steps = Array.from({ length: 500 }, (_, i) => ({ ...content().steps[0], no: i + 1, activity: long, actor: null }));
    const sops = Array.from({ length: 5 }, () => ({ fileName: "a", unitId: "u", content: content({ steps }) }));
    expect(issues({ sops })).toEqual([["", "Data impor terlalu besar (maksimal 8 MB); impor dalam beberapa kelompok."]]);
  });

  it("clips an overlong parser warning instead of refusing the import", () => {
    const result = sopImportSchema.safeParse({
      sops: [{ fileName: "a", unitId: "u", content: content(), warnings: [{ line: 3, message: "x".repeat(1240) }] }],
    });
    expect(result.success).toBe(true);
    const message = (result.data as { sops: { warnings: { message: string }[] }[] }).sops[0].warnings[0].message;
    expect(message).toHaveLength(1000);
    expect(message.endsWith("…")).toBe(true);
  });
});
