"use client";
// The report's buttons: the workflow (approve, receive), print and the PDF download.
import { Button, buttonClassName } from "@/components/ui";
import { WorkflowActions } from "@/components/workflow/workflow-actions";
import { transitionReportAction } from "@/lib/audits/checklist-actions";
import type { AllowedTransition } from "@/lib/workflow";

export function ReportActions({ auditId, record, transitions }: { auditId: string; record: { id: string; version: number } | null; transitions: AllowedTransition[] }) {
  return (
    <>
      <Button variant="secondary" className="no-print" onClick={() => window.print()}>
        Cetak
      </Button>
      <a className={buttonClassName({ variant: "secondary" }, "no-print")} href={`/audits/${encodeURIComponent(auditId)}/report/pdf`} download>
        Unduh PDF
      </a>
      {record && <WorkflowActions record={record} transitions={transitions} action={transitionReportAction} />}
    </>
  );
}
