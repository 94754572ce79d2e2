import { describe, expect, it } from "vitest";
import type { SessionUser } from "../auth/types";
import { actionOverdue, diffDrafts, formatReviewNumber, isChair, isInitialer, minutesReady, packFrozen, type DraftContent } from "./rules";

const user = (id: string) => ({ id }) as SessionUser;
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("management review rules", () => {
  it("numbers a meeting per agency and year", () => {
    expect(formatReviewNumber("Dinas Sosial", 2026, 3)).toBe("RTM/DINAS-SOSIAL/2026/03");
  });

  it("an open RTL is overdue from the day after its due date; a done one never", () => {
    expect(actionOverdue({ status: "TERBUKA", dueDate: d("2026-03-10") }, d("2026-03-10"))).toBe(false);
    expect(actionOverdue({ status: "TERBUKA", dueDate: d("2026-03-10") }, d("2026-03-11"))).toBe(true);
    expect(actionOverdue({ status: "SELESAI", dueDate: d("2026-03-10") }, d("2026-04-11"))).toBe(false);
  });

  it("only the chosen pemaraf initials, only the chair signs, never over an unfrozen pack", () => {
    expect(isInitialer(user("a"), { initialerId: "a" })).toBeNull();
    expect(isInitialer(user("b"), { initialerId: "a" })).toHaveProperty("refuse");
    expect(isChair(user("k"), { chairId: "k" })).toBeNull();
    expect(isChair(user("a"), { chairId: "k" })).toHaveProperty("refuse");
    expect(packFrozen(user("k"), { frozenAt: null })).toHaveProperty("refuse");
    expect(packFrozen(user("k"), { frozenAt: new Date() })).toBeNull();
  });

  it("minutes are ready with every agenda item written and a decision", () => {
    expect(minutesReady(user("m"), { agendaWithoutMinutes: 1, decisionCount: 1 })).toEqual({ refuse: "Masih ada 1 agenda yang belum bernotulen." });
    expect(minutesReady(user("m"), { agendaWithoutMinutes: 0, decisionCount: 0 })).toHaveProperty("refuse");
    expect(minutesReady(user("m"), { agendaWithoutMinutes: 0, decisionCount: 2 })).toBeNull();
  });

  it("shows what changed between two drafts", () => {
    const before: DraftContent = {
      agenda: [{ title: "Pembukaan", minutes: "Dibuka." }, { title: "RTL", minutes: null }],
      decisions: [{ type: "PENINGKATAN", text: "Digitalisasi register.", agenda: "RTL" }],
      actions: [{ description: "Susun register.", pic: "Agustinus", dueDate: "2026-05-01", reference: null }],
    };
    const after: DraftContent = {
      agenda: [{ title: "Pembukaan", minutes: "Dibuka." }, { title: "RTL", minutes: "Dua RTL." }],
      decisions: [{ type: "PENINGKATAN", text: "Digitalisasi register.", agenda: "RTL" }, { type: "KEBUTUHAN_SUMBER_DAYA", text: "Tambah auditor.", agenda: null }],
      actions: [{ description: "Susun register.", pic: "Agustinus", dueDate: "2026-06-01", reference: null }],
    };
    expect(diffDrafts(before, after)).toEqual([
      { part: "Agenda", kind: "diubah", text: 'Notulen "RTL"' },
      { part: "Keputusan", kind: "ditambah", text: "Tambah auditor." },
      { part: "RTL", kind: "ditambah", text: "Susun register. (Agustinus, 2026-06-01)" },
      { part: "RTL", kind: "dihapus", text: "Susun register. (Agustinus, 2026-05-01)" },
    ]);
    expect(diffDrafts(after, after)).toEqual([]);
  });
});
