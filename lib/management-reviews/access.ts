// Who reads a tinjauan manajemen and who writes its minutes (record-level, beside permissions.ts):
// the agency's management_review.read scope (manajer mutu, pimpinan, the province's pemantau) and
// the meeting's own people (chair, notulis, pemaraf, invited participants); other agencies never.
import { can, PERMISSIONS } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { allowedTransitions, type AllowedTransition } from "../workflow/allowed";
import { REVIEW_WORKFLOW, type ReviewRecord, type ReviewTransition } from "./workflow";

/** The transitions the pemaraf takes through a lent grant (and nothing else). */
const INITIALER_TRANSITIONS: readonly string[] = ["initial", "return_initial"];

export interface ReviewPeople {
  unitPath: string;
  chairId: string;
  notulisId: string;
  initialerId: string;
  participantIds: readonly string[];
}

export function isReviewParticipant(user: SessionUser, review: ReviewPeople): boolean {
  return [review.chairId, review.notulisId, review.initialerId, ...review.participantIds].includes(user.id);
}

export function mayReadReview(user: SessionUser, review: ReviewPeople): boolean {
  return can(user, "management_review.read", { unitPath: review.unitPath }) || isReviewParticipant(user, review);
}

/** The manajer mutu of the agency, or the meeting's notulis, writes minutes, attendance and RTL. */
export function mayWriteMinutes(user: SessionUser, review: ReviewPeople): boolean {
  return can(user, "management_review.manage", { unitPath: review.unitPath }) || user.id === review.notulisId;
}

/**
 * The pemaraf is a person chosen per meeting (e.g. the Sekretaris), whose roles usually sit on a
 * unit below the agency. For that one transition call the engine sees their role lent on the
 * agency, so its permission check passes; the record rule `isInitialer` still decides. Never
 * stored; anyone else is returned unchanged.
 */
export function actingOnReview(user: SessionUser, review: { unitPath: string; initialerId: string }, transition: string): SessionUser {
  if (!INITIALER_TRANSITIONS.includes(transition)) return user;
  if (user.id !== review.initialerId || can(user, "management_review.initial", { unitPath: review.unitPath })) return user;
  const roles: readonly string[] = PERMISSIONS["management_review.initial"].roles;
  const held = user.grants.find((g) => roles.includes(g.role) && g.unitPath !== null && g.unitPath.startsWith(review.unitPath));
  if (!held) return user;
  return { ...user, grants: [...user.grants, { ...held, unitId: null, unitPath: review.unitPath, unitName: null }] };
}

/** The buttons the pages show: the engine's own checks, the pemaraf's two through the lent grant. */
export function reviewTransitionsFor(user: SessionUser, record: ReviewRecord): AllowedTransition[] {
  const own = allowedTransitions(REVIEW_WORKFLOW, user, record).filter((t) => !INITIALER_TRANSITIONS.includes(t.name));
  const asInitialer = allowedTransitions(REVIEW_WORKFLOW, actingOnReview(user, record, "initial"), record).filter((t) => INITIALER_TRANSITIONS.includes(t.name));
  return [...own, ...asInitialer];
}

export type { ReviewTransition };
