// Which transitions a user may take on a record now: the pages show exactly these buttons, and
// the runner refuses everything else with the same reasons.
import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import type { TransitionSpec, Workflow, WorkflowRecord } from "./define";

/** A transition as the buttons need it: plain data, safe to send to the browser. */
export interface AllowedTransition {
  name: string;
  label: string;
  tone: "primary" | "secondary" | "danger";
  confirm: { title: string; message: string; done: string };
  note: { label: string; hint?: string; required: string } | null;
}

/** The refusal of a transition for this user and record, or null when it may be taken. */
export function refusalOf<S extends string, R extends WorkflowRecord<S>>(
  workflow: Workflow<S, R, string>,
  spec: TransitionSpec<S, R>,
  user: SessionUser,
  record: R,
): { reason: "FORBIDDEN" | "RULE"; message: string } | null {
  if (!can(user, spec.permission, { unitPath: record.unitPath })) {
    return { reason: "FORBIDDEN", message: "Anda tidak berwenang melakukan tindakan ini." };
  }
  if (!spec.from.includes(record.status)) {
    const state = workflow.stateLabels[record.status] ?? record.status;
    return { reason: "RULE", message: `${workflow.name} berstatus ${state} tidak dapat di-${spec.label.toLowerCase()}.` };
  }
  for (const rule of spec.rules ?? []) {
    const outcome = rule(user, record);
    if (outcome && "refuse" in outcome) return { reason: "FORBIDDEN", message: outcome.refuse };
  }
  return null;
}

export function allowedTransitions<S extends string, R extends WorkflowRecord<S>, T extends string>(
  workflow: Workflow<S, R, T>,
  user: SessionUser,
  record: R,
): AllowedTransition[] {
  return (Object.entries(workflow.transitions) as [T, TransitionSpec<S, R>][])
    .filter(([, spec]) => refusalOf(workflow, spec, user, record) === null)
    .map(([name, spec]) => ({
      name,
      label: spec.label,
      tone: spec.tone ?? "primary",
      confirm: spec.confirm,
      note: spec.note ?? null,
    }));
}
