// Two uploads of overlapping SOPs confirmed at once (on PostgreSQL truly in parallel): each SOP is
// created once, with one revision and one document; an import that loses writes none of its SOPs
// and, previewed and confirmed again, creates what it still lacks and leaves the rest unchanged. Two
// re-imports of one SOP previewed against the same revision: one revises it, the other writes nothing.
import { describe, expect, it } from "vitest";
import type { SessionUser } from "../../../lib/auth/types";
import { importUpload, previewFile } from "../../../lib/sops/upload";
import { demoUsers, useDemoDatabase } from "../../helpers/demo-database";
import { race } from "../../helpers/race";
import { unitId } from "../../helpers/users";

const ROUNDS = 4;
const { db, as } = useDemoDatabase(demoUsers("manajer"));

function sopText(nomor: string, nama: string, minutes = 60): string {
  return [
    "DINAS SOSIAL",
    "SUB BAGIAN KEUANGAN",
    "",
    `Nomor SOP\t${nomor}`,
    `Nama SOP\t${nama}`,
    "",
    "NO\tUraian Kegiatan\tPelaksana\tMutu Baku\t\t\tKETERANGAN",
    "\t\tBendahara\tKelengkapan\tWaktu (menit)\tOutput\t",
    `1\tMenghimpun data\t\tATK\t${minutes}\tRekaman\t`,
    "",
  ].join("\n");
}

async function itemsOf(user: SessionUser, fileName: string, text: string, defaultUnit: string) {
  const preview = await previewFile(user, fileName, new TextEncoder().encode(text), defaultUnit);
  return preview.sops.map((s) => ({
    fileName,
    unitId: s.unitId,
    content: s.content,
    warnings: s.warnings,
    expected: { action: s.outcome.action, existingId: s.outcome.existingId, currentRevisionNo: s.outcome.currentRevisionNo },
  }));
}

describe("two SOP imports at once", () => {
  it("create each SOP once", async () => {
    const keuangan = await unitId(db(), "ntt.dinsos.sekretariat.keuangan");
    for (let round = 0; round < ROUNDS; round++) {
      const numbers = [1, 2, 3].map((n) => `900/BALAP-${round}${n}/DINSOS/2026`);
      const sops = numbers.map((nomor, i) => sopText(nomor, `Uji Balapan ${round}-${i + 1}`));
      const first = await itemsOf(as.manajer, "a.txt", `${sops[0]}\n${sops[1]}`, keuangan);
      const second = await itemsOf(as.manajer, "b.txt", `${sops[1]}\n${sops[2]}`, keuangan);
      expect([...first, ...second].map((i) => i.unitId)).toEqual([keuangan, keuangan, keuangan, keuangan]);

      const { winners, refusals } = await race([() => importUpload(as.manajer, first), () => importUpload(as.manajer, second)]);
      expect(winners.length).toBeGreaterThanOrEqual(1);
      for (const refusal of refusals) expect(["CONFLICT", "STALE"]).toContain(refusal);

      const stored = async () =>
        db().sop.findMany({ where: { number: { in: numbers } }, select: { number: true, _count: { select: { revisions: true } } }, orderBy: { number: "asc" } });
      const written = await stored();
      // Every SOP at most once; the loser's SOPs, shared or not, are absent unless the winner wrote them.
      expect(new Set(written.map((s) => s.number)).size).toBe(written.length);
      expect(written.every((s) => s._count.revisions === 1)).toBe(true);
      const expected = new Set(winners.flatMap((w) => (w === 0 ? numbers.slice(0, 2) : numbers.slice(1))));
      expect(written.map((s) => s.number)).toEqual([...expected].sort());

      // Its preview is stale now: previewed and confirmed again, the loser completes the set without
      // touching what is there.
      if (winners.length === 1) {
        const again = winners[0] === 0 ? itemsOf(as.manajer, "b.txt", `${sops[1]}\n${sops[2]}`, keuangan) : itemsOf(as.manajer, "a.txt", `${sops[0]}\n${sops[1]}`, keuangan);
        const report = await importUpload(as.manajer, await again);
        expect(report).toMatchObject({ created: 1, revised: 0, unchanged: 1 });
      }
      const after = await stored();
      expect(after.map((s) => [s.number, s._count.revisions])).toEqual(numbers.map((n) => [n, 1]));
      expect(await db().controlledDocument.count({ where: { sop: { number: { in: numbers } } } })).toBe(3);
    }
  });

  it("revise an SOP once: the other re-import, previewed against the same revision, is refused and writes nothing", async () => {
    const keuangan = await unitId(db(), "ntt.dinsos.sekretariat.keuangan");
    for (let round = 0; round < ROUNDS; round++) {
      const nomor = `900/REVISI-${round}/DINSOS/2026`;
      const nama = `Uji Revisi Bersamaan ${round}`;
      await importUpload(as.manajer, await itemsOf(as.manajer, "awal.txt", sopText(nomor, nama, 60), keuangan));
      const mine = await itemsOf(as.manajer, "a.txt", sopText(nomor, nama, 45), keuangan);
      const theirs = await itemsOf(as.manajer, "b.txt", sopText(nomor, nama, 30), keuangan);
      expect([...mine, ...theirs].map((i) => i.expected.action)).toEqual(["revise", "revise"]);

      const { winners, refusals } = await race([() => importUpload(as.manajer, mine), () => importUpload(as.manajer, theirs)]);
      expect(winners).toHaveLength(1);
      for (const refusal of refusals) expect(["CONFLICT", "STALE"]).toContain(refusal);
      const sop = await db().sop.findFirstOrThrow({ where: { number: nomor }, select: { currentRevisionNo: true, _count: { select: { revisions: true } } } });
      expect(sop).toEqual({ currentRevisionNo: 2, _count: { revisions: 2 } });
    }
  });
});
