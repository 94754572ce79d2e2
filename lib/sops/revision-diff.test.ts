import { describe, expect, it } from "vitest";
import type { SopContent, SopStepContent } from "./content";
import { alignSteps, diffSopContents, diffStep } from "./revision-diff";

function step(no: number, activity: string, extra: Partial<SopStepContent> = {}): SopStepContent {
  return {
    no, activity, actor: "Seksi PJKSMB", actor_confidence: "certain", kelengkapan: "Alat tulis kantor",
    waktu_raw: "60", waktu_minutes: 60, output: "Rekaman", keterangan: null, ...extra,
  };
}

function base(): SopContent {
  return {
    nomor: "067392BPSMB/DP2KUKM",
    nama: "Sasaran Mutu",
    unit_lines: ["PEMERINTAH PROVINSI KALIMANTAN TIMUR", "UPTD BPSMB"],
    tanggal_pembuatan: "08 November 2023",
    tanggal_revisi: "04 Desember 2023",
    tanggal_efektif: "11 Desember 2023",
    disahkan_oleh: "Kepala Dinas",
    disahkan_oleh_nip: "197303141998032009",
    dasar_hukum: ["UU 20/2014", "UU 23/2014"],
    kualifikasi: ["Mampu mengoperasikan komputer"],
    keterkaitan: ["SOP Audit Internal"],
    peralatan: ["Perangkat Komputer"],
    peringatan: "Sasaran Mutu dilaksanakan untuk menentukan pencapaian target kinerja",
    pencatatan: "Disimpan sebagai hardcopy dan softcopy",
    actors: ["Seksi PJKSMB", "Para Manajer"],
    steps: [
      step(1, "Menetapkan tujuan sasaran mutu"),
      step(2, "Menetapkan uraian sasaran mutu"),
      step(3, "Melakukan kaji ulang manajemen", { actor: "Para Manajer", waktu_raw: "120", waktu_minutes: 120 }),
      step(4, "Membuat laporan", { waktu_raw: "30", waktu_minutes: 30, output: "Laporan" }),
    ],
  };
}

describe("diffSopContents", () => {
  it("finds nothing between equal contents", () => {
    expect(diffSopContents(base(), base())).toEqual([]);
  });

  it("reports changed identity fields with before and after", () => {
    const b = { ...base(), nama: "Sasaran Mutu Unit", tanggal_revisi: null, disahkan_oleh_nip: "197303141998032010" };
    const changes = diffSopContents(base(), b);
    expect(changes.map((c) => c.summary)).toEqual(["Nama SOP diubah", "Tanggal Revisi diubah", "NIP pengesah diubah"]);
    expect(changes[0]).toMatchObject({ kind: "field", label: "Nama SOP", before: "Sasaran Mutu", after: "Sasaran Mutu Unit" });
    expect(changes[1]).toMatchObject({ before: "04 Desember 2023", after: null });
  });

  it("treats an empty text and a missing one alike", () => {
    expect(diffSopContents({ ...base(), peringatan: null }, { ...base(), peringatan: "  " })).toEqual([]);
  });

  it("lists items added to and removed from the list sections", () => {
    const b = { ...base(), dasar_hukum: ["UU 20/2014", "PP 18/2016", "Pergub 51/2012"], keterkaitan: [] };
    const changes = diffSopContents(base(), b);
    expect(changes).toEqual([
      expect.objectContaining({ kind: "list", label: "Dasar Hukum", added: ["PP 18/2016", "Pergub 51/2012"], removed: ["UU 23/2014"], summary: "Dasar Hukum: 2 ditambahkan, 1 dihapus" }),
      expect.objectContaining({ kind: "list", label: "Keterkaitan", added: [], removed: ["SOP Audit Internal"] }),
    ]);
  });

  it("says so when only the order of a list changed", () => {
    const b = { ...base(), dasar_hukum: ["UU 23/2014", "UU 20/2014"] };
    expect(diffSopContents(base(), b)).toEqual([
      expect.objectContaining({ label: "Dasar Hukum", added: [], removed: [], reordered: true, summary: "Dasar Hukum: urutan diubah" }),
    ]);
  });

  it("reports actors added and removed", () => {
    const b = { ...base(), actors: ["Seksi PJKSMB", "Para Manajer", "Kepala UPTD"] };
    expect(diffSopContents(base(), b)).toEqual([
      expect.objectContaining({ group: "pelaksana", label: "Pelaksana", added: ["Kepala UPTD"], removed: [] }),
    ]);
  });

  it("shows an inserted step as one added step, not as every later step changed", () => {
    const a = base();
    const b = base();
    b.steps.splice(2, 0, step(3, "Mengumpulkan data capaian"));
    b.steps.forEach((s, i) => (s.no = i + 1)); // numbers shift after the insertion
    const changes = diffSopContents(a, b);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: "step-added", position: 3, summary: "Langkah 3 ditambahkan" });
  });

  it("shows a removed step as removed", () => {
    const b = base();
    b.steps.splice(1, 1);
    expect(diffSopContents(base(), b).map((c) => c.summary)).toEqual(["Langkah 2 dihapus"]);
  });

  it("lists the fields of a changed step with before and after", () => {
    const b = base();
    b.steps[1] = { ...b.steps[1], actor: "Para Manajer", waktu_raw: "2 jam", waktu_minutes: 120, keterangan: "Rapat" };
    const changes = diffSopContents(base(), b);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      kind: "step-changed",
      position: 2,
      summary: "Langkah 2 diubah: Pelaksana, Waktu, Keterangan",
      fields: [
        { label: "Pelaksana", before: "Seksi PJKSMB", after: "Para Manajer" },
        { label: "Waktu", before: "60", after: "2 jam" },
        { label: "Keterangan", before: null, after: "Rapat" },
      ],
    });
  });

  it("pairs an edited activity with the step it replaced, and keeps later steps matched", () => {
    const b = base();
    b.steps[1] = { ...b.steps[1], activity: "Menetapkan uraian dan target sasaran mutu" };
    b.steps.splice(3, 0, step(4, "Memantau capaian"));
    const changes = diffSopContents(base(), b);
    expect(changes.map((c) => c.summary)).toEqual(["Langkah 2 diubah: Uraian", "Langkah 4 ditambahkan"]);
  });

  it("names the earlier position of a changed step that moved", () => {
    const b = base();
    b.steps.splice(0, 1);
    b.steps[2] = { ...b.steps[2], output: "Laporan sasaran mutu" };
    expect(diffSopContents(base(), b).map((c) => c.summary)).toEqual([
      "Langkah 1 dihapus",
      "Langkah 3 (sebelumnya langkah 4) diubah: Output",
    ]);
  });

  it("shows a confirmed actor as a change of Pelaksana", () => {
    const a = base();
    a.steps[0] = { ...a.steps[0], actor_confidence: "inferred" };
    const [change] = diffSopContents(a, base());
    expect(change).toMatchObject({ fields: [{ label: "Pelaksana", before: "Seksi PJKSMB (disimpulkan)", after: "Seksi PJKSMB" }] });
  });
});

describe("moved steps", () => {
  it("shows a step moved down as one move, not as a removal and an addition", () => {
    const b = base();
    const [first] = b.steps.splice(0, 1);
    b.steps.splice(1, 0, first);
    b.steps.forEach((s, i) => (s.no = i + 1));
    expect(diffSopContents(base(), b)).toEqual([
      expect.objectContaining({ kind: "step-moved", position: 2, previousPosition: 1, fields: [], summary: "Langkah 1 dipindahkan menjadi langkah 2" }),
    ]);
  });

  it("names the fields of a moved step that also changed", () => {
    const b = base();
    const [last] = b.steps.splice(3, 1);
    b.steps.unshift({ ...last, keterangan: "Diserahkan ke pimpinan" });
    expect(diffSopContents(base(), b).map((c) => c.summary)).toEqual(["Langkah 4 dipindahkan menjadi langkah 1; diubah: Keterangan"]);
  });
});

describe("diffStep", () => {
  it("shows the minutes when only the computed time changed", () => {
    const a = step(1, "A", { waktu_raw: "60", waktu_minutes: 60 });
    const b = step(1, "A", { waktu_raw: "60", waktu_minutes: null });
    expect(diffStep(a, b)).toEqual([{ field: "waktu_raw", label: "Waktu", before: "60 (60 menit)", after: "60 (tidak terbaca)" }]);
  });
});

describe("alignSteps", () => {
  it("matches repeated activities in order", () => {
    const a = [step(1, "Memeriksa"), step(2, "Memaraf"), step(3, "Memeriksa")];
    const b = [step(1, "Memeriksa"), step(2, "Memeriksa")];
    expect(alignSteps(a, b)).toEqual([[0, 0], [1, null], [2, 1]]);
  });

  it("handles empty lists", () => {
    expect(alignSteps([], [step(1, "A")])).toEqual([[null, 0]]);
    expect(alignSteps([step(1, "A")], [])).toEqual([[0, null]]);
    expect(alignSteps([], [])).toEqual([]);
  });
});
