// The notices of the portal's one revision model (lib/workflow/approval.ts), for any module's
// WorkflowStore: a submission tells the approvers of the record's unit, an approval or a return
// tells the one who submitted it (and whoever else the module names, e.g. the PIC).
import type { Permission } from "../auth/permissions";
import type { ApprovalSubject } from "../auth/record-rules";
import type { Tx } from "../db";
import type { TransitionContext } from "../workflow/define";
import type { NotificationEvent } from "./constants";
import type { NotifyInput } from "./notify";
import { holdersOfPermission } from "./recipients";

export type Notice = Omit<NotifyInput, "actorId">;
export type NoticeOf<R> = (tx: Tx, ctx: TransitionContext<R>) => Promise<Notice | null>;

export interface NoticeSubject {
  entity: { type: string; id: string };
  href: string;
  /** The record as a sentence starts with it: "Sasaran mutu SM-01 Dinas Sosial". */
  name: string;
  /** Told of an approval or a return besides the submitter. */
  alsoTell?: string[];
}

export interface ApprovalNoticeOptions<R> {
  events: { submit: NotificationEvent; approve: NotificationEvent; return: NotificationEvent };
  /** The approve transition's permission: its holders on the record's unit are the approvers. */
  approvePermission: Permission;
  subject: (tx: Tx, record: R) => Promise<NoticeSubject>;
}

export function approvalNotices<R extends ApprovalSubject & { unitPath: string }>(
  options: ApprovalNoticeOptions<R>,
): { submit: NoticeOf<R>; approve: NoticeOf<R>; return: NoticeOf<R> } {
  const { events, approvePermission, subject } = options;
  return {
    async submit(tx, { user, record }) {
      const s = await subject(tx, record);
      return {
        event: events.submit, entity: s.entity, href: s.href,
        recipientIds: await holdersOfPermission(tx, approvePermission, record.unitPath),
        title: `${s.name} menunggu persetujuan Anda`,
        body: `Diajukan oleh ${user.name}.`,
      };
    },
    async approve(tx, { user, record }) {
      const s = await subject(tx, record);
      return {
        event: events.approve, entity: s.entity, href: s.href,
        recipientIds: [record.submittedById ?? "", ...(s.alsoTell ?? [])],
        title: `${s.name} disetujui`,
        body: `Disetujui oleh ${user.name}.`,
      };
    },
    async return(tx, { user, record, note }) {
      const s = await subject(tx, record);
      return {
        event: events.return, entity: s.entity, href: s.href,
        recipientIds: [record.submittedById ?? "", ...(s.alsoTell ?? [])],
        title: `${s.name} dikembalikan untuk diperbaiki`,
        body: note ? `Catatan ${user.name}: ${note}` : `Dikembalikan oleh ${user.name}.`,
      };
    },
  };
}
