"use client";
// Ajukan / Sahkan / Kembalikan of a kebijakan mutu version, as the server allows them.
import { useState } from "react";
import { Button } from "@/components/ui";
import { POLICY_TRANSITION_TEXT as TEXT, PolicyTransitionDialog, type PolicyTransition } from "./policy-transition-dialog";

export type PolicyWorkflowProps = {
  policy: { id: string; version: number };
  allowed: Record<PolicyTransition, boolean>;
};

export function PolicyWorkflow({ policy, allowed }: PolicyWorkflowProps) {
  const [open, setOpen] = useState<PolicyTransition | null>(null);
  return (
    <>
      {allowed.submit && <Button onClick={() => setOpen("submit")}>{TEXT.submit.button}</Button>}
      {allowed.approve && <Button onClick={() => setOpen("approve")}>{TEXT.approve.button}</Button>}
      {allowed.return && (
        <Button variant="secondary" onClick={() => setOpen("return")}>
          {TEXT.return.button}
        </Button>
      )}
      {open && <PolicyTransitionDialog key={`${open}-${policy.version}`} policy={policy} transition={open} onClose={() => setOpen(null)} />}
    </>
  );
}

