// Two writers at once on the Berita Acara Pemusnahan and on archive loans (truly parallel on
// PostgreSQL, queued on PGlite): exactly one wins, the other is told, and nothing is done twice.
import { describe, expect, it } from "vitest";
import { executeDestruction, proposeDestruction, transitionDestruction } from "../../../lib/documents/destruction-mutations";
import { issueLoan, requestLoan, transitionLoan } from "../../../lib/documents/loan-mutations";
import { daysFrom, ensureRetentionDocument, userByEmail, utcDay } from "../../../seeds/factories/document-retention";
import { demoUsers, useDemoDatabase } from "../../helpers/demo-database";
import { race } from "../../helpers/race";

const ROUNDS = 6;
const TODAY = utcDay(new Date());
const iso = (d: Date) => d.toISOString().slice(0, 10);
const { db, as } = useDemoDatabase(demoUsers("arsip", "kadis", "pegawai"));
let seq = 0;

async function dueDocument() {
  const arsip = await userByEmail(db(), "arsip@dinsos.nttprov.go.id");
  seq++;
  const { id } = await ensureRetentionDocument(db(), {
    agencyCode: "ntt.dinsos", unitCode: "ntt.dinsos.rehsos", code: `FRM/RACE/${seq}`, title: `Formulir balapan ${seq}`, type: "FORMULIR",
    finalDisposition: "MUSNAH", activeYears: 1, inactiveYears: 1, firstEffectiveAt: new Date(Date.UTC(2015, 0, 1)), withdrawnAt: new Date(Date.UTC(2016, 0, 1)),
    uploaderId: arsip.id,
  });
  return id;
}

async function submittedBa() {
  const agency = await db().unit.findUniqueOrThrow({ where: { code: "ntt.dinsos" }, select: { id: true } });
  const { id } = await proposeDestruction(as.arsip, { agencyId: agency.id, documentIds: [await dueDocument()], note: null });
  const ba = await db().documentDestruction.findUniqueOrThrow({ where: { id } });
  await transitionDestruction(as.arsip, { id, version: ba.version, transition: "submit", note: null });
  return db().documentDestruction.findUniqueOrThrow({ where: { id } });
}

const witnesses = [
  { name: "Saksi Pertama", nip: null, position: "Sekretaris" },
  { name: "Saksi Kedua", nip: null, position: "Kasubbag Umum" },
];

describe("Berita Acara Pemusnahan races", () => {
  it("two approvers at once (approve and return): one decision, one activity row", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const ba = await submittedBa();
      const { winners, refusals } = await race([
        () => transitionDestruction(as.kadis, { id: ba.id, version: ba.version, transition: "approve", note: null }),
        () => transitionDestruction(as.kadis, { id: ba.id, version: ba.version, transition: "return", note: "Periksa lagi." }),
      ]);
      expect(winners).toHaveLength(1);
      expect(refusals).toEqual(["STALE"]);
      const after = await db().documentDestruction.findUniqueOrThrow({ where: { id: ba.id } });
      expect(after.status).toBe(winners[0] === 0 ? "DISETUJUI" : "DIKEMBALIKAN");
      expect(await db().activity.count({ where: { entityId: ba.id, action: { in: ["approve", "return"] } } })).toBe(1);
    }
  });

  it("two proposals of one document: it lands in one BA, the other is told it is taken", async () => {
    const agency = await db().unit.findUniqueOrThrow({ where: { code: "ntt.dinsos" }, select: { id: true } });
    for (let round = 0; round < ROUNDS; round++) {
      const doc = await dueDocument();
      const before = await db().documentDestruction.count();
      const { winners, refusals } = await race([
        () => proposeDestruction(as.arsip, { agencyId: agency.id, documentIds: [doc], note: "A" }),
        () => proposeDestruction(as.arsip, { agencyId: agency.id, documentIds: [doc], note: "B" }),
      ]);
      expect(winners).toHaveLength(1);
      expect(refusals).toHaveLength(1);
      expect(["CONFLICT", "STALE"]).toContain(refusals[0]);
      expect(await db().documentDestruction.count()).toBe(before + 1);
    }
  });

  it("two executions at once: the documents are purged once", async () => {
    for (let round = 0; round < ROUNDS / 2; round++) {
      let ba = await submittedBa();
      await transitionDestruction(as.kadis, { id: ba.id, version: ba.version, transition: "approve", note: null });
      ba = await db().documentDestruction.findUniqueOrThrow({ where: { id: ba.id } });
      const input = { id: ba.id, version: ba.version, destroyedOn: iso(TODAY), method: "DICACAH" as const, place: "Ruang arsip", witnesses };
      const { winners, refusals } = await race([() => executeDestruction(as.arsip, input), () => executeDestruction(as.arsip, { ...input, place: "Halaman" })]);
      expect(winners).toHaveLength(1);
      expect(refusals).toEqual(["STALE"]);
      expect(await db().activity.count({ where: { entityId: ba.id, action: "destroy" } })).toBe(1);
    }
  });
});

describe("archive loan races", () => {
  it("two arsiparis issuing the same loan at once: one kartu kendali is written", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { id } = await requestLoan(as.pegawai, { documentId: null, archiveTitle: `Berkas balapan ${round}`, purpose: "Uji dua petugas." });
      const loan = await db().archiveLoan.findUniqueOrThrow({ where: { id } });
      const issue = (card: string) => () => issueLoan(as.arsip, { id, version: loan.version, controlCardNo: card, outDate: iso(TODAY), dueDate: iso(daysFrom(TODAY, 14)) });
      const { winners, refusals } = await race([issue(`KK-R${round}-A`), issue(`KK-R${round}-B`)]);
      expect(winners).toHaveLength(1);
      expect(refusals).toEqual(["STALE"]);
      const after = await db().archiveLoan.findUniqueOrThrow({ where: { id } });
      expect(after.controlCardNo).toBe(winners[0] === 0 ? `KK-R${round}-A` : `KK-R${round}-B`);
      expect(await db().activity.count({ where: { entityId: id, action: "lend" } })).toBe(1);
    }
  });

  it("issue and refuse of one request at once: one outcome", async () => {
    for (let round = 0; round < ROUNDS / 2; round++) {
      const { id } = await requestLoan(as.pegawai, { documentId: null, archiveTitle: `Berkas tolak ${round}`, purpose: "Uji dua keputusan." });
      const loan = await db().archiveLoan.findUniqueOrThrow({ where: { id } });
      const { winners, refusals } = await race([
        () => issueLoan(as.arsip, { id, version: loan.version, controlCardNo: `KK-T${round}`, outDate: iso(TODAY), dueDate: iso(daysFrom(TODAY, 14)) }),
        () => transitionLoan(as.arsip, { id, version: loan.version, transition: "refuse", note: "Sedang dipakai." }),
      ]);
      expect(winners).toHaveLength(1);
      expect(refusals).toEqual(["STALE"]);
      expect((await db().archiveLoan.findUniqueOrThrow({ where: { id } })).status).toBe(winners[0] === 0 ? "DIPINJAM" : "DITOLAK");
    }
  });

  it("two requests at once get two agenda numbers", async () => {
    const { winners } = await race([
      () => requestLoan(as.pegawai, { documentId: null, archiveTitle: "Agenda A", purpose: "Uji nomor agenda." }),
      () => requestLoan(as.pegawai, { documentId: null, archiveTitle: "Agenda B", purpose: "Uji nomor agenda." }),
    ]);
    expect(winners).toHaveLength(2);
    const numbers = await db().archiveLoan.findMany({ where: { archiveTitle: { in: ["Agenda A", "Agenda B"] } }, select: { agendaNo: true } });
    expect(new Set(numbers.map((n) => n.agendaNo)).size).toBe(2);
  });
});
