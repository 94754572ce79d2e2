// Who is told about a tinjauan manajemen (lib/notifications): the invitation goes to the chair,
// notulis, pemaraf and invited people; a submitted draft to the pemaraf; an initialed one to the
// chair; a return to the agency's manajer mutu and the notulis; a signed one to the manajer mutu;
// the published minutes (or a cancellation) to every participant and each RTL to its PIC. The actor is never told.
import type { Tx } from "../db";
import type { Notice, NoticeOf } from "../notifications/approval-notices";
import { holdersOfRolesAt } from "../notifications/recipients";
import { formatCalendarDate } from "../utils/format";
import type { ReviewRecord, ReviewTransition } from "./workflow";

const hrefOf = (id: string) => `/management-reviews/${encodeURIComponent(id)}`;
const entityOf = (id: string) => ({ type: "management_review", id });

export function invitationNotice(
  review: { id: string; number: string },
  values: { title: string; place: string; date: string; time: string },
  agencyName: string,
): Omit<Notice, "recipientIds"> {
  return {
    event: "management_review_invited", entity: entityOf(review.id), href: hrefOf(review.id),
    title: `Undangan rapat tinjauan manajemen ${review.number}: ${values.title}`,
    body: `${agencyName}, ${values.date} pukul ${values.time} WITA di ${values.place}.`,
  };
}

const name = (record: ReviewRecord) => `Notulen ${record.number} (${record.title})`;

export const REVIEW_NOTICES: Partial<Record<ReviewTransition, NoticeOf<ReviewRecord>>> = {
  async submit(_tx, { user, record }) {
    return {
      event: "management_review_submitted", entity: entityOf(record.id), href: hrefOf(record.id), recipientIds: [record.initialerId],
      title: `${name(record)} menunggu paraf Anda`, body: `Diajukan oleh ${user.name} (draf ${record.draftNo}).`,
    };
  },
  async initial(_tx, { user, record }) {
    return {
      event: "management_review_initialed", entity: entityOf(record.id), href: hrefOf(record.id), recipientIds: [record.chairId],
      title: `${name(record)} menunggu tanda tangan Anda`, body: `Diparaf oleh ${user.name}.`,
    };
  },
  return_initial: returnedNotice,
  return_sign: returnedNotice,
  async sign(tx, { user, record }) {
    return {
      event: "management_review_initialed", entity: entityOf(record.id), href: hrefOf(record.id),
      recipientIds: await holdersOfRolesAt(tx, ["MANAJER_MUTU"], record.unitPath),
      title: `${name(record)} telah ditandatangani dan siap diterbitkan`, body: `Ditandatangani oleh ${user.name}.`,
    };
  },
  async cancel(_tx, { user, record, note }) {
    return {
      event: "management_review_cancelled", entity: entityOf(record.id), href: hrefOf(record.id),
      recipientIds: [record.chairId, record.notulisId, record.initialerId, ...record.participantIds],
      title: `Rapat tinjauan manajemen ${record.number} (${record.title}) dibatalkan`, body: `Alasan dari ${user.name}: ${note ?? ""}`,
    };
  },
  async publish(_tx, { record }) {
    return {
      event: "management_review_published", entity: entityOf(record.id), href: hrefOf(record.id),
      recipientIds: [record.chairId, record.notulisId, record.initialerId, ...record.participantIds],
      title: `${name(record)} diterbitkan`, body: "Mohon nyatakan telah menerima notulen pada halaman rapat.",
    };
  },
};

async function returnedNotice(tx: Tx, { user, record, note }: Parameters<NoticeOf<ReviewRecord>>[1]): Promise<Notice> {
  return {
    event: "management_review_returned", entity: entityOf(record.id), href: hrefOf(record.id),
    recipientIds: [...(await holdersOfRolesAt(tx, ["MANAJER_MUTU"], record.unitPath)), record.notulisId],
    title: `${name(record)} dikembalikan untuk diperbaiki`, body: `Catatan ${user.name}: ${note ?? ""}`,
  };
}

/** One notice per PIC of the published RTL, with their items. */
export async function publishedActionNotices(tx: Tx, record: ReviewRecord): Promise<Notice[]> {
  const actions = await tx.managementReviewAction.findMany({ where: { reviewId: record.id }, orderBy: { position: "asc" }, select: { picId: true, description: true, dueDate: true } });
  const byPic = new Map<string, typeof actions>();
  for (const a of actions) byPic.set(a.picId, [...(byPic.get(a.picId) ?? []), a]);
  return [...byPic.entries()].map(([picId, items]) => ({
    event: "review_action_assigned" as const, entity: { type: "management_review", id: record.id },
    href: `/management-reviews/actions?reviewId=${encodeURIComponent(record.id)}`, recipientIds: [picId],
    title: `${items.length} RTL tinjauan manajemen ${record.number} untuk Anda`,
    body: items.map((i) => `${i.description} (tenggat ${formatCalendarDate(i.dueDate)})`).join("; "),
  }));
}
