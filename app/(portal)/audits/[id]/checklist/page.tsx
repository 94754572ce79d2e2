import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ChecklistRunner } from "@/components/audits/checklist/checklist-runner";
import { GenerateChecklistButton } from "@/components/audits/checklist/generate-button";
import { AddItemForm } from "@/components/audits/checklist/item-edit-form";
import { Alert, Card, EmptyState, LinkButton, PageHeader } from "@/components/ui";
import { getChecklistPage } from "@/lib/audits/checklist-data";
import { getCurrentUser, requirePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/utils/format";

type Props = { params: Promise<{ id: string }> };

const loadChecklist = cache(async (id: string) => {
  const user = await getCurrentUser();
  return user ? getChecklistPage(user, id) : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await loadChecklist((await params).id);
  return { title: page ? `Daftar periksa ${page.audit.number}` : "Daftar periksa" };
}

export default async function ChecklistPage({ params }: Props) {
  await requirePermission("audit.read");
  const page = await loadChecklist((await params).id);
  if (!page) notFound();
  const { audit } = page;
  const base = `/audits/${encodeURIComponent(audit.id)}`;
  return (
    <div className="stack-lg">
      <PageHeader
        title={`Daftar periksa ${audit.number}`}
        description={`${audit.title} · ${audit.agencyName} · ${formatDate(audit.startDate)} s.d. ${formatDate(audit.endDate)}`}
        breadcrumbs={[{ href: "/audits", label: "Audit Internal" }, { href: base, label: audit.number }, { label: "Daftar periksa" }]}
        actions={
          <>
            {page.canEdit && <GenerateChecklistButton auditId={audit.id} hasItems={page.items.length > 0} />}
            <LinkButton href={`${base}/report`} variant="secondary">
              Laporan audit
            </LinkButton>
          </>
        }
      />
      {audit.reportLockedAt && (
        <Alert tone="info" title="Laporan audit sudah dikunci">
          Daftar periksa ini tidak dapat diubah lagi (dikunci {formatDate(audit.reportLockedAt)}).
        </Alert>
      )}
      {!audit.reportLockedAt && page.answerClosedReason && <Alert tone="info">{page.answerClosedReason}</Alert>}
      {page.items.length === 0 ? (
        <EmptyState
          title="Daftar periksa belum disusun"
          description={page.canEdit ? "Susun daftar periksa dari klausul ISO dan langkah SOP dalam ruang lingkup audit ini." : "Tim audit belum menyusun daftar periksa."}
        />
      ) : (
        <ChecklistRunner page={page} />
      )}
      {page.canEdit && (
        <Card title="Tambah butir">
          <AddItemForm auditId={audit.id} units={page.units} clauses={page.clauses} />
        </Card>
      )}
    </div>
  );
}
