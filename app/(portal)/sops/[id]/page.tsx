import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AssignActorsDialog } from "@/components/sops/assign-actors-dialog";
import { PrintButton } from "@/components/sops/print-button";
import { SopAudits } from "@/components/audits/sop-audits";
import { SopIdentity } from "@/components/sops/sop-identity";
import { SopPendingNotice } from "@/components/sops/sop-pending-notice";
import { SopProcedureTable } from "@/components/sops/sop-procedure-table";
import { SopSections } from "@/components/sops/sop-sections";
import {
  SopReferencedBy,
  SopRelatedRecords,
  SopRevisionInfo,
  SopRevisionList,
} from "@/components/sops/sop-side-info";
import { SwimlaneFlowchart } from "@/components/sops/swimlane-flowchart";
import { Alert, Card, LinkButton, PageHeader } from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser, requirePermission } from "@/lib/auth/session";
import { listAuditsForSop } from "@/lib/audits/data";
import { listObjectivesForSop } from "@/lib/objectives/data";
import { FindingList } from "@/components/findings/finding-list";
import { listFindingsOf } from "@/lib/findings/data";
import { getSop } from "@/lib/sops/data";
import { MISSING_SOP_NUMBER, isMissingSopNumber } from "@/lib/sops/number";
import styles from "./page.module.css";

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;
type Props = { params: Params; searchParams: SearchParams };

/** `?rev=N`: a positive revision number, else the current revision. */
function revisionParam(value: string | string[] | undefined): number | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || !/^\d{1,6}$/.test(raw.trim())) return undefined;
  return Number(raw.trim());
}

// generateMetadata and the page read the same SOP in one request.
const loadSop = cache(async (id: string, revisionNo: number | undefined) => {
  const user = await getCurrentUser();
  if (!user || !can(user, "sop.read")) return null;
  return getSop(user, id, revisionNo);
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const sop = await loadSop(id, revisionParam(query.rev));
  return { title: sop ? sop.title : "SOP AP" };
}

export default async function SopPage({ params, searchParams }: Props) {
  const user = await requirePermission("sop.read");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const sop = await loadSop(id, revisionParam(query.rev));
  if (!sop) notFound();
  const [relatedObjectives, coveringAudits] = await Promise.all([listObjectivesForSop(user, sop.id), listAuditsForSop(user, sop.id)]);

  const { content } = sop.revision;
  const isCurrent = sop.revision.revisionNo === sop.currentRevisionNo;
  const mayEdit = can(user, "sop.manage", { unitPath: sop.unit.path });
  const base = `/sops/${encodeURIComponent(sop.id)}`;

  return (
    <div className={`stack-lg ${styles.page}`}>
      <div className="stack no-print">
        <PageHeader
          title={content.nama}
          description={[isMissingSopNumber(content.nomor) ? MISSING_SOP_NUMBER : `Nomor ${content.nomor}`, sop.unit.name, sop.agency.name]
            .filter(Boolean)
            .join(" · ")}
          breadcrumbs={[{ href: "/sops", label: "Katalog SOP AP" }, { label: content.nama }]}
          actions={
            <>
              {mayEdit && isCurrent && sop.active && !sop.pending && (
                <AssignActorsDialog key={sop.version} sopId={sop.id} version={sop.version} actors={content.actors} steps={content.steps} />
              )}
              {mayEdit && (!sop.pending || sop.pending.editable) && (
                <LinkButton href={`${base}/edit`} variant="secondary">
                  {sop.pending ? `Sunting revisi ${sop.pending.revisionNo}` : "Sunting"}
                </LinkButton>
              )}
              <PrintButton variant="secondary" />
            </>
          }
        />
        {sop.pending && sop.document && (
          <SopPendingNotice pending={sop.pending} documentId={sop.document.id} current={content} />
        )}
        {!isCurrent && (
          <Alert tone="warning" title={`Anda melihat revisi ${sop.revision.revisionNo}; revisi berlaku: ${sop.currentRevisionNo}`}>
            Isi di bawah ini adalah revisi lama dan tidak lagi berlaku. <Link href={base}>Lihat revisi berlaku</Link>
          </Alert>
        )}
        {!sop.active && (
          <Alert tone="danger" title="SOP ini tidak aktif">
            SOP ini sudah dicabut atau diganti dan tidak tampil di katalog.
          </Alert>
        )}
      </div>

      <div className={styles.top}>
        <article className={styles.sheet} aria-label="Identitas SOP AP">
          {!isCurrent && (
            <p className={`print-only ${styles.printNotice}`}>
              Salinan revisi {sop.revision.revisionNo}: bukan revisi berlaku (revisi berlaku: {sop.currentRevisionNo}).
            </p>
          )}
          <SopIdentity content={content} fallbackUnitLines={[sop.agency.name, sop.unit.name]} />
          <SopSections content={content} links={sop.links} unitName={sop.unit.name} />
        </article>

        <aside className={`no-print stack ${styles.side}`} aria-label="Informasi SOP">
          <SopRevisionInfo sop={sop} />
          <SopRevisionList sop={sop} />
          <SopReferencedBy sop={sop} />
          <SopRelatedRecords objectives={relatedObjectives} />
          <SopAudits audits={coveringAudits} />
        </aside>
      </div>

      <Card title="Prosedur" className={styles.printPlain}>
        <SopProcedureTable actors={content.actors} steps={content.steps} />
      </Card>

      <Card title="Diagram alir" className={`${styles.printPlain} ${styles.flowchart}`}>
        <SwimlaneFlowchart actors={content.actors} steps={content.steps} title={content.nama} />
      </Card>

      {can(user, "finding.read") && (
        <Card title="Temuan pada SOP ini" className="no-print">
          <FindingList rows={await listFindingsOf(user, { sopId: sop.id })} caption="Temuan pada SOP ini" emptyTitle="Belum ada temuan pada SOP ini" />
        </Card>
      )}
    </div>
  );
}
