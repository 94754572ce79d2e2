// The one where-builder of RTL items (rencana tindak lanjut): the RTL list, section (a) of the next
// review's input pack and the dashboard's open-RTL tile all count through it, so a figure always
// equals what its list shows. Only RTL of published minutes are tracked. No "server-only": the
// pack compiler runs in seeds and scripts too.
import type { Prisma } from "../db";
import type { ActionFilter } from "./constants";

export interface ActionFilterValues {
  status?: ActionFilter;
  agencyId?: string;
  /** The materialised path of the unit filter (the PIC's unit and its sub-units). */
  unitPath?: string;
  reviewId?: string;
  /** Leave out one review (the one being prepared). */
  exceptReviewId?: string;
}

export function actionFilterWhere(filter: ActionFilterValues, today: Date): Prisma.ManagementReviewActionWhereInput {
  const status: Prisma.ManagementReviewActionWhereInput =
    filter.status === "open" ? { status: "TERBUKA" }
    : filter.status === "overdue" ? { status: "TERBUKA", dueDate: { lt: today } }
    : filter.status === "done" ? { status: "SELESAI" }
    : {};
  return {
    ...status,
    review: {
      status: "DITERBITKAN",
      ...(filter.agencyId ? { agencyId: filter.agencyId } : {}),
      ...(filter.exceptReviewId ? { id: { not: filter.exceptReviewId } } : {}),
    },
    ...(filter.reviewId ? { reviewId: filter.reviewId } : {}),
    ...(filter.unitPath ? { unit: { path: { startsWith: filter.unitPath } } } : {}),
  };
}

/** The RTL list's address for a filter: the drill-down of every RTL figure. */
export function actionListHref(filter: { status?: ActionFilter; agencyId?: string; unitId?: string; reviewId?: string }): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  const query = params.toString();
  return `/management-reviews/actions${query ? `?${query}` : ""}`;
}
