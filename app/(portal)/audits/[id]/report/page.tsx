import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AcknowledgeButton } from "@/components/audits/report/acknowledge-button";
import { ReportActions } from "@/components/audits/report/report-actions";
import { ReportTextForm } from "@/components/audits/report/report-text-form";
import { ReportView } from "@/components/audits/report/report-view";
import { Alert, Card, LinkButton, PageHeader } from "@/components/ui";
import { getReportPage } from "@/lib/audits/report-data";
import { getCurrentUser, requirePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/utils/format";

type Props = { params: Promise<{ id: string }> };

const loadReport = cache(async (id: string) => {
  const user = await getCurrentUser();
  return user ? getReportPage(user, id) : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await loadReport((await params).id);
  return { title: page ? `Laporan audit ${page.view.audit.number}` : "Laporan audit" };
}

export default async function ReportPage({ params }: Props) {
  await requirePermission("audit.read");
  const page = await loadReport((await params).id);
  if (!page) notFound();
  const { view } = page;
  const base = `/audits/${encodeURIComponent(view.audit.id)}`;
  const record = view.report.id ? { id: view.report.id, version: view.report.version } : null;
  return (
    <div className="stack-lg">
      <PageHeader
        title={`Laporan audit ${view.audit.number}`}
        description={view.audit.title}
        breadcrumbs={[{ href: "/audits", label: "Audit Internal" }, { href: base, label: view.audit.number }, { label: "Laporan" }]}
        actions={
          <>
            <LinkButton href={`${base}/checklist`} variant="secondary" className="no-print">
              Daftar periksa
            </LinkButton>
            <ReportActions auditId={view.audit.id} record={record} transitions={page.transitions} />
          </>
        }
      />
      {view.audit.reportLockedAt && (
        <Alert tone="info" title="Laporan dikunci" className="no-print">
          {`Diterima pimpinan dan dikunci ${formatDateTime(view.audit.reportLockedAt)}; tidak ada perubahan lagi.`}
        </Alert>
      )}
      {page.acknowledgeUnits.length > 0 && record && (
        <div className="row no-print">
          {page.acknowledgeUnits.map((unit) => (
            <AcknowledgeButton key={unit.id} reportId={record.id} unit={unit} />
          ))}
        </div>
      )}
      {page.canEditText && (
        <Card title="Isi laporan" className="no-print">
          <ReportTextForm auditId={view.audit.id} version={view.report.id ? view.report.version : null} summary={view.report.summary} strengths={view.report.strengths} conclusion={view.report.conclusion} />
        </Card>
      )}
      <ReportView view={view} />
    </div>
  );
}
