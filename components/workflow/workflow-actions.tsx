"use client";
// The buttons of any workflow, exactly those the server allows (lib/workflow/allowed.ts), each
// with its confirmation or its note dialog. One component for every module's workflow.
import { useState } from "react";
import { ActionError } from "@/components/forms/action-error";
import { Button, ConfirmDialog, NoteDialog } from "@/components/ui";
import type { ActionResult } from "@/lib/errors";
import type { AllowedTransition } from "@/lib/workflow/allowed";
import type { TransitionInput } from "@/lib/workflow/schema";
import { useTransitionRunner } from "./use-transition-runner";

export type WorkflowActionsProps<T extends string> = {
  record: { id: string; version: number };
  transitions: AllowedTransition[];
  /** The module's transition action (a guardedAction over transitionSchema of its workflow). */
  action: (input: TransitionInput<T>) => Promise<ActionResult<void>>;
};

export function WorkflowActions<T extends string>({ record, transitions, action }: WorkflowActionsProps<T>) {
  const [open, setOpen] = useState<AllowedTransition | null>(null);
  const { pending, failure, clearFailure, run } = useTransitionRunner(action);
  const start = (transition: AllowedTransition) => {
    clearFailure();
    setOpen(transition);
  };
  const close = () => setOpen(null);
  const submit = (note: string) => run({ id: record.id, version: record.version, transition: open!.name as T, note }, open!.confirm.done, close);

  return (
    <>
      {transitions.map((t) => (
        <Button key={t.name} variant={t.tone === "primary" ? "primary" : "secondary"} onClick={() => start(t)}>
          {t.label}
        </Button>
      ))}
      {open?.note && (
        <NoteDialog
          key={`${open.name}-${record.version}`}
          open
          title={open.confirm.title}
          message={open.confirm.message}
          noteLabel={open.note.label}
          noteHint={open.note.hint}
          requiredMessage={open.note.required}
          confirmLabel={open.label}
          tone={open.tone === "danger" ? "danger" : "primary"}
          pending={pending}
          error={<ActionError failure={failure} />}
          onConfirm={submit}
          onCancel={close}
        />
      )}
      {open && !open.note && (
        <ConfirmDialog
          open
          title={open.confirm.title}
          message={
            <div className="stack">
              <p>{open.confirm.message}</p>
              <ActionError failure={failure} />
            </div>
          }
          confirmLabel={open.label}
          tone={open.tone === "danger" ? "danger" : "primary"}
          pending={pending}
          onConfirm={() => submit("")}
          onCancel={close}
        />
      )}
    </>
  );
}
