// A workflow is defined once: its states with Indonesian labels and its transitions (from, to,
// who may by role and unit, record-level rules, whether a note is required, what it writes, the
// words of its button and dialog). The runner (run.ts), the pages (allowed.ts), the schema
// (schema.ts) and the buttons (components/workflow) all read this one definition.
import type { ActivityEntity } from "../activity/constants";
import type { Permission } from "../auth/permissions";
import type { RuleOutcome } from "../auth/record-rules";
import type { SessionUser } from "../auth/types";

/** What every record under a workflow carries, as the runner and the pages see it. */
export interface WorkflowRecord<S extends string = string> {
  id: string;
  version: number;
  status: S;
  /** The unit the record belongs to: permissions are decided against it. */
  unitPath: string;
}

export interface TransitionContext<R> {
  user: SessionUser;
  record: R;
  note: string | null;
  now: Date;
}

export interface TransitionSpec<S extends string, R> {
  from: readonly S[];
  to: S;
  /** The button's label, e.g. "Setujui". */
  label: string;
  permission: Permission;
  /** Rules over the person and the record beyond role and unit (lib/auth/record-rules.ts). */
  rules?: readonly ((user: SessionUser, record: R) => RuleOutcome)[];
  /** A note the user must write (the return note, the reason for closing). */
  note?: { label: string; hint?: string; required: string };
  confirm: { title: string; message: string; done: string };
  tone?: "primary" | "secondary" | "danger";
  /** Columns the transition writes besides status and version. */
  writes?: (ctx: TransitionContext<R>) => Record<string, unknown>;
}

export interface Workflow<S extends string, R extends WorkflowRecord<S>, T extends string> {
  /** The record's name in messages: "Sasaran mutu", "Kebijakan mutu". */
  name: string;
  entity: ActivityEntity;
  stateLabels: Record<S, string>;
  transitions: Record<T, TransitionSpec<S, R>>;
}

export function defineWorkflow<S extends string, R extends WorkflowRecord<S>, T extends string>(
  workflow: Workflow<S, R, T>,
): Workflow<S, R, T> {
  return workflow;
}

export type TransitionName<W> = W extends Workflow<string, WorkflowRecord, infer T> ? T : never;
