import { describe, expect, it } from "vitest";
import type { SessionUser } from "../auth/types";
import { allowedTransitions } from "../workflow";
import { addMonths, nextRevisionNo, takesEffectOn } from "./rules";
import { DOCUMENT_REVISION_WORKFLOW, type DocumentRevisionRecord } from "./workflow";

const AGENCY = "/prov/dinsos/";
const UNIT = "/prov/dinsos/bidang/";

function user(id: string, grants: [SessionUser["grants"][number]["role"], string | null][]): SessionUser {
  return {
    id, name: id, nip: null, email: null, unitId: "u", unitName: "Unit", unitPath: UNIT, mustChangePassword: false,
    grants: grants.map(([role, unitPath]) => ({ role, unitPath, unitId: unitPath, unitName: null })),
  };
}

const arsip = user("arsip", [["PENGENDALI_DOKUMEN", AGENCY]]);
const manajer = user("manajer", [["MANAJER_MUTU", AGENCY]]);
const kadis = user("kadis", [["PIMPINAN", AGENCY]]);
const kaltim = user("kaltim", [["PIMPINAN", "/prov/kaltim/"], ["MANAJER_MUTU", "/prov/kaltim/"]]);
const pegawai = user("pegawai", [["PEGAWAI", UNIT]]);
const pemantau = user("pemantau", [["PEMANTAU", "/prov/"]]);

const revision = (status: DocumentRevisionRecord["status"], extra: Partial<DocumentRevisionRecord> = {}): DocumentRevisionRecord => ({
  id: "r1", version: 2, status, unitPath: UNIT, documentId: "d1", revisionNo: 1, effectiveDate: null,
  createdById: "arsip", lastEditedById: "arsip", submittedById: "arsip", delegateApproverId: null, selfApprovalAllowed: false,
  checkedById: null, documentStatus: "AKTIF", ...extra,
});
const names = (u: SessionUser, r: DocumentRevisionRecord) => allowedTransitions(DOCUMENT_REVISION_WORKFLOW, u, r).map((t) => t.name);

describe("the document revision workflow", () => {
  it("lets the keeper submit or discard a draft and nobody else act on it", () => {
    expect(names(arsip, revision("DRAF"))).toEqual(["submit", "discard"]);
    expect(names(kadis, revision("DRAF"))).toEqual([]);
    expect(names(pegawai, revision("DRAF"))).toEqual([]);
  });

  it("lets a checker who did not write it check or return a submitted revision", () => {
    expect(names(manajer, revision("DIAJUKAN"))).toEqual(["check", "return_check"]);
    expect(names(arsip, revision("DIAJUKAN"))).toEqual([]);
    expect(names(manajer, revision("DIAJUKAN", { createdById: "manajer", lastEditedById: "arsip" }))).toEqual([]);
  });

  it("lets only the pimpinan over the unit approve a checked revision", () => {
    expect(names(kadis, revision("DIPERIKSA"))).toEqual(["approve", "return"]);
    expect(names(manajer, revision("DIPERIKSA"))).toEqual([]);
    expect(names(kaltim, revision("DIPERIKSA"))).toEqual([]);
    expect(names(pemantau, revision("DIPERIKSA"))).toEqual([]);
  });

  it("lets the agency's delegated approver approve in the pimpinan's stead", () => {
    expect(names(manajer, revision("DIPERIKSA", { delegateApproverId: "manajer" }))).toEqual(["approve", "return"]);
  });

  it("refuses the approval to the one who checked it, even as the delegate, and to the author who did not submit", () => {
    expect(names(manajer, revision("DIPERIKSA", { delegateApproverId: "manajer", checkedById: "manajer" }))).toEqual(["return"]);
    expect(names(kadis, revision("DIPERIKSA", { createdById: "kadis", lastEditedById: "arsip", submittedById: "arsip" }))).toEqual(["return"]);
  });

  it("takes no revision of a document out of use forward", () => {
    for (const documentStatus of ["DITARIK", "DIMUSNAHKAN", "DISERAHKAN"]) {
      expect(names(arsip, revision("DRAF", { documentStatus }))).toEqual(["discard"]);
      expect(names(manajer, revision("DIAJUKAN", { documentStatus }))).toEqual(["return_check"]);
      expect(names(kadis, revision("DIPERIKSA", { documentStatus }))).toEqual(["return"]);
    }
  });

  it("refuses approving one's own revision unless the agency allows it", () => {
    const own = revision("DIPERIKSA", { createdById: "kadis", lastEditedById: "kadis", submittedById: "kadis" });
    expect(names(kadis, own)).toEqual(["return"]);
    expect(names(kadis, { ...own, selfApprovalAllowed: true })).toEqual(["approve", "return"]);
  });

  it("offers nothing on a revision that is approved, in force or ended", () => {
    for (const status of ["DISAHKAN", "BERLAKU", "KADALUARSA", "DIBATALKAN"] as const) {
      expect([...names(arsip, revision(status)), ...names(manajer, revision(status)), ...names(kadis, revision(status))]).toEqual([]);
    }
  });
});

describe("dates of a revision in force", () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

  it("adds the review interval in months, clamped to the month's end", () => {
    expect(addMonths(day("2026-11-29"), 12)).toEqual(day("2027-11-29"));
    expect(addMonths(day("2026-01-31"), 1)).toEqual(day("2026-02-28"));
    expect(addMonths(day("2027-08-31"), 6)).toEqual(day("2028-02-29"));
  });

  it("takes effect at approval on or after its planned date, else waits", () => {
    expect(takesEffectOn(day("2026-11-29"), day("2026-11-29"))).toBe(true);
    expect(takesEffectOn(day("2026-11-01"), day("2026-11-29"))).toBe(true);
    expect(takesEffectOn(null, day("2026-11-29"))).toBe(true);
    expect(takesEffectOn(day("2026-12-01"), day("2026-11-29"))).toBe(false);
  });

  it("numbers revisions one after the highest", () => {
    expect(nextRevisionNo(null)).toBe(1);
    expect(nextRevisionNo(3)).toBe(4);
  });
});
