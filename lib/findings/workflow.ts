// The response workflow of a temuan over Finding.status, defined once for the shared engine:
// the auditee accepts or disputes with reasons; the lead auditor of the audit (or the manajer mutu
// for findings outside an audit) confirms, changes the category or withdraws a disputed finding;
// an observasi may be closed with a recorded decision, without corrective action (ISO 9001 10.2).
import type { FindingCategory, FindingStatus } from "./constants";
import { FINDING_STATUS_LABELS } from "./constants";
import { decidesFinding, observationOnly, reclassifyRule, type DecisionSubject } from "./rules";
import { defineWorkflow, type TransitionSpec } from "../workflow";

export interface FindingRecord extends DecisionSubject {
  id: string;
  version: number;
  status: FindingStatus;
  unitPath: string;
  category: FindingCategory;
}

const decisionNote = { label: "Keputusan dan alasannya", required: "Tuliskan keputusan dan alasannya." };

function reclassify(category: FindingCategory, label: string): TransitionSpec<FindingStatus, FindingRecord> {
  return {
    from: ["DISANGGAH"], to: "TERBUKA", label: `Ubah menjadi ${label}`, permission: "finding.decide", tone: "secondary",
    rules: [decidesFinding, reclassifyRule(category)], note: decisionNote,
    confirm: {
      title: `Ubah kategori menjadi ${label}`,
      message: "Sanggahan diterima sebagian: kategori temuan diubah dan temuan kembali kepada auditi untuk ditanggapi.",
      done: `Kategori temuan diubah menjadi ${label}.`,
    },
    writes: ({ user, now, note }) => ({ category, decisionNote: note, decidedById: user.id, decidedAt: now }),
  };
}

export const FINDING_WORKFLOW = defineWorkflow({
  name: "Temuan",
  entity: "finding",
  stateLabels: FINDING_STATUS_LABELS,
  transitions: {
    accept: {
      from: ["TERBUKA"], to: "DITERIMA", label: "Terima temuan", permission: "finding.respond",
      confirm: {
        title: "Terima temuan?",
        message: "Unit menerima temuan ini. Untuk KTS, unit lalu menyusun koreksi, analisis akar masalah dan tindakan perbaikan.",
        done: "Temuan diterima.",
      },
      writes: ({ user, now }) => ({ acceptedById: user.id, acceptedAt: now }),
    },
    dispute: {
      from: ["TERBUKA"], to: "DISANGGAH", label: "Sanggah", permission: "finding.respond", tone: "secondary",
      note: { label: "Alasan sanggahan", hint: "Sebutkan bukti atau ketentuan yang menunjukkan temuan tidak tepat.", required: "Tuliskan alasan sanggahan." },
      confirm: {
        title: "Sanggah temuan",
        message: "Sanggahan diputus oleh ketua auditor (atau manajer mutu untuk temuan di luar audit).",
        done: "Sanggahan dikirim.",
      },
      writes: ({ user, now, note }) => ({ disputeReason: note, disputedById: user.id, disputedAt: now }),
    },
    confirm: {
      from: ["DISANGGAH"], to: "TERBUKA", label: "Kukuhkan temuan", permission: "finding.decide",
      rules: [decidesFinding], note: decisionNote,
      confirm: {
        title: "Kukuhkan temuan",
        message: "Sanggahan ditolak: temuan tetap berlaku dengan kategori yang sama dan kembali kepada auditi untuk diterima.",
        done: "Temuan dikukuhkan.",
      },
      writes: ({ user, now, note }) => ({ decisionNote: note, decidedById: user.id, decidedAt: now }),
    },
    reclassify_mayor: reclassify("KTS_MAYOR", "KTS Mayor"),
    reclassify_minor: reclassify("KTS_MINOR", "KTS Minor"),
    reclassify_observasi: reclassify("OBSERVASI", "Observasi"),
    withdraw: {
      from: ["DISANGGAH"], to: "DICABUT", label: "Cabut temuan", permission: "finding.decide", tone: "danger",
      rules: [decidesFinding], note: decisionNote,
      confirm: {
        title: "Cabut temuan",
        message: "Sanggahan diterima: temuan dicabut dan tidak memerlukan tindakan perbaikan. Temuan tetap tercatat.",
        done: "Temuan dicabut.",
      },
      writes: ({ user, now, note }) => ({ decisionNote: note, decidedById: user.id, decidedAt: now, closedAt: now }),
    },
    close_observation: {
      from: ["TERBUKA", "DITERIMA"], to: "DITUTUP", label: "Tutup observasi", permission: "finding.decide", tone: "secondary",
      rules: [decidesFinding, observationOnly],
      note: { label: "Keputusan", hint: "Mis. peluang peningkatan dicatat untuk tinjauan manajemen; tidak perlu tindakan perbaikan.", required: "Tuliskan keputusan penutupan observasi." },
      confirm: {
        title: "Tutup observasi",
        message: "Observasi ditutup tanpa tindakan perbaikan; keputusan ini tercatat pada temuan.",
        done: "Observasi ditutup.",
      },
      writes: ({ user, now, note }) => ({ decisionNote: note, decidedById: user.id, decidedAt: now, closedAt: now }),
    },
  },
});

export type FindingTransition = keyof typeof FINDING_WORKFLOW.transitions;
