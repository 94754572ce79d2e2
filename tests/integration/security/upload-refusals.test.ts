// Issue 15, bad input: an upload that is too large, of the wrong type by content, with a path in
// its name, or empty. Each gets a clear Indonesian message, and nothing is written: no row, no
// file in the store. A path in the name is not a refusal: only the last part is kept.
import { describe, expect, it } from "vitest";
import { storeAttachment, type UploadedFile } from "../../../lib/attachments/store";
import { EVIDENCE_MAX_BYTES } from "../../../lib/objectives/constants";
import { recordMeasurement } from "../../../lib/objectives/measurement-mutations";
import { demoUsers, useDemoDatabase } from "../../helpers/demo-database";
import { storedFiles } from "../../helpers/files";
import { expectRefusedUnchanged } from "../../helpers/refusals";

const { db, as } = useDemoDatabase(demoUsers("pegawai"));
const TODAY = new Date("2026-11-23T08:00:00Z");

/** A period of the pegawai's approved objective not measured yet. */
async function freePeriod() {
  const objective = await db().qualityObjective.findFirstOrThrow({
    where: { status: "DISETUJUI", ownerId: as.pegawai.id, year: 2026, frequency: "BULANAN" },
    select: { id: true, measurements: { select: { period: true } } },
  });
  const period = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].find((p) => !objective.measurements.some((m) => m.period === p))!;
  return { objectiveId: objective.id, period };
}

async function measureWith(file: UploadedFile) {
  const { objectiveId, period } = await freePeriod();
  return recordMeasurement(as.pegawai, { objectiveId, period, version: null, value: 99, note: null, analysis: null, evidenceUrl: null }, file, TODAY);
}

/** What a refused upload must leave alone: the rows and the store. */
const written = async () => ({
  attachments: await db().attachment.count(),
  measurements: await db().objectiveMeasurement.count(),
  files: storedFiles(),
});

const text = (s: string) => new TextEncoder().encode(s);

describe("a refused upload writes nothing", () => {
  it("too large", async () => {
    const bytes = new Uint8Array(EVIDENCE_MAX_BYTES + 1);
    bytes.set(text("%PDF-1.4 "));
    await expectRefusedUnchanged(() => measureWith({ name: "besar.pdf", type: "application/pdf", bytes }), /terlalu besar \(maksimal \d+ MB\)/, written);
  });

  it("a program renamed .pdf (the content decides, not the name or the browser)", async () => {
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff]);
    await expectRefusedUnchanged(
      () => measureWith({ name: "laporan.pdf", type: "application/pdf", bytes: exe }),
      /tidak didukung atau isinya tidak sesuai dengan ekstensinya/,
      written,
    );
  });

  it("an empty file", async () => {
    await expectRefusedUnchanged(() => measureWith({ name: "kosong.pdf", type: "application/pdf", bytes: new Uint8Array() }), /Berkas bukti kosong/, written);
  });

  it("an empty file handed straight to storeAttachment (a caller that skipped checkEvidence)", async () => {
    await expectRefusedUnchanged(
      () => db().$transaction((tx) => storeAttachment(tx, { name: "kosong.txt", type: "text/plain", bytes: new Uint8Array() }, as.pegawai.id)),
      /Berkas kosong/,
      written,
    );
  });
});

describe("a path in the file name", () => {
  it("is dropped: the attachment is stored under the last part of the name only", async () => {
    await measureWith({ name: "../../etc/passwd.pdf", type: "application/pdf", bytes: text("%PDF-1.4 bukti") });
    const latest = await db().attachment.findFirstOrThrow({ orderBy: { createdAt: "desc" }, select: { fileName: true } });
    expect(latest.fileName).toBe("passwd.pdf");
    expect(storedFiles().every((f) => /^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}$/.test(f))).toBe(true);
  });
});
