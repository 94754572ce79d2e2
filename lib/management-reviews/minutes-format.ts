// The printed minutes' rows, shared by the print view and the PDF (pure).
import { DECISION_TYPE_LABELS } from "./constants";
import type { ReviewDetail } from "./types";
import { formatCalendarDate } from "../utils/format";

export const ACTION_COLUMNS = ["No", "Tindak lanjut", "PIC", "Tenggat", "Rujukan", "Status"];
export const DECISION_COLUMNS = ["No", "Keputusan", "Keluaran 9.3.3"];

export function actionRows(review: Pick<ReviewDetail, "actions">): string[][] {
  return review.actions.map((a, i) => [
    String(i + 1), a.description, `${a.pic.name} (${a.unitName})`, formatCalendarDate(a.dueDate), a.link?.label ?? "-",
    a.status === "SELESAI" ? "Selesai" : a.overdue ? "Terlambat" : "Terbuka",
  ]);
}

export function decisionRows(review: Pick<ReviewDetail, "decisions">): string[][] {
  return review.decisions.map((d, i) => [String(i + 1), d.text, DECISION_TYPE_LABELS[d.type]]);
}

export function attendanceLine(review: Pick<ReviewDetail, "participants">): string {
  const present = review.participants.filter((p) => p.present).map((p) => p.name);
  return present.length > 0 ? present.join("; ") : "-";
}
