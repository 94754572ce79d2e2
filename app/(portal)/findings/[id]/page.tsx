import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { FindingCorrectiveAction } from "@/components/corrective-actions/finding-corrective-action";
import { EvidenceUpload } from "@/components/findings/evidence-upload";
import { FindingActions } from "@/components/findings/finding-actions";
import { FindingCategoryBadge, FindingStatusBadge } from "@/components/findings/finding-badges";
import { FindingPlor } from "@/components/findings/finding-plor";
import { FindingTimeline } from "@/components/findings/finding-timeline";
import { Alert, Badge, Card, EmptyState, LinkButton, PageHeader } from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser, requirePermission } from "@/lib/auth/session";
import { findingCorrectiveActions } from "@/lib/corrective-actions/data";
import { FINDING_CATEGORY_LABELS, FINDING_STATUS_LABELS } from "@/lib/findings/constants";
import { getFinding, listSimilarFindings } from "@/lib/findings/data";
import { formatDate } from "@/lib/utils/format";
import styles from "@/components/findings/findings.module.css";

type Props = { params: Promise<{ id: string }> };

const loadFinding = cache(async (id: string) => {
  const user = await getCurrentUser();
  if (!user || !can(user, "finding.read")) return null;
  return getFinding(user, id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const finding = await loadFinding((await params).id);
  return { title: finding ? `Temuan ${finding.number}` : "Temuan" };
}

export default async function FindingPage({ params }: Props) {
  const user = await requirePermission("finding.read");
  const f = await loadFinding((await params).id);
  if (!f) notFound();
  const [similar, rounds] = await Promise.all([listSimilarFindings(user, f), findingCorrectiveActions(user, f.id)]);

  return (
    <div className="stack-lg">
      <PageHeader
        title={`Temuan ${f.number}`}
        description={
          <span className={styles.badges}>
            <FindingCategoryBadge category={f.category} /> <FindingStatusBadge status={f.status} />
            {f.overdue && <> <Badge tone="danger">Terlambat</Badge></>}
            <span>{` ${f.unitName} · umur ${f.ageDays} hari`}</span>
          </span>
        }
        breadcrumbs={[{ href: "/findings", label: "Temuan" }, { label: f.number }]}
        actions={
          <>
            <FindingActions finding={f} />
            <LinkButton href={`/findings/${encodeURIComponent(f.id)}/print`} variant="secondary">Cetak lembar</LinkButton>
            <LinkButton href={`/findings/${encodeURIComponent(f.id)}/pdf`} variant="secondary">Unduh PDF</LinkButton>
          </>
        }
      />

      {f.status === "DISANGGAH" && f.disputeReason && (
        <Alert tone="warning" title="Disanggah auditi">
          <p className={styles.prewrap}>{f.disputeReason}</p>
          <p className="muted text-sm">{f.auditId ? "Menunggu keputusan ketua auditor." : "Menunggu keputusan manajer mutu."}</p>
        </Alert>
      )}
      {f.decisionNote && (
        <Alert tone={f.status === "DICABUT" ? "info" : "success"} title={f.status === "DITUTUP" ? "Keputusan penutupan" : "Keputusan atas sanggahan"}>
          <p className={styles.prewrap}>{f.decisionNote}</p>
          <p className="muted text-sm">{`${f.decidedByName ?? ""}${f.decidedAt ? `, ${formatDate(f.decidedAt)}` : ""}`}</p>
        </Alert>
      )}

      <Card title="Temuan (PLOR)">
        <FindingPlor finding={f} />
      </Card>

      <Card title="Berkas bukti">
        <div className="stack">
          {f.files.length === 0 ? (
            <p className="muted">Belum ada berkas bukti.</p>
          ) : (
            <ul>
              {f.files.map((file) => (
                <li key={file.id}>
                  <a href={`/findings/evidence/${encodeURIComponent(file.id)}`} download>{file.fileName}</a>{" "}
                  <span className="muted text-sm">({Math.ceil(file.size / 1024)} KB)</span>
                </li>
              ))}
            </ul>
          )}
          {f.canAddEvidence && <EvidenceUpload findingId={f.id} />}
        </div>
      </Card>

      {f.category !== "OBSERVASI" && (f.status === "DITERIMA" || f.status === "DITUTUP") && (
        <Card title="Tindakan perbaikan">
          <FindingCorrectiveAction rounds={rounds} />
        </Card>
      )}

      <Card title="Mungkinkah terjadi di tempat lain?">
        <div className="stack">
          <p className="muted text-sm">ISO 9001:2015 10.2.1 b 3: temuan di unit lain dengan klausul atau SOP yang sama.</p>
          {similar.length === 0 ? (
            <EmptyState title="Tidak ada temuan serupa di unit lain" />
          ) : (
            <ul>
              {similar.map((s) => (
                <li key={s.id}>
                  <Link href={`/findings/${encodeURIComponent(s.id)}`}>{s.number}</Link>
                  {` · ${s.unitName} · ${FINDING_CATEGORY_LABELS[s.category]} · ${FINDING_STATUS_LABELS[s.status]} · ${s.match}: `}
                  {s.statement}
                </li>
              ))}
            </ul>
          )}
        </div>
      </Card>

      <Card title="Riwayat">
        <FindingTimeline entries={f.timeline} />
      </Card>
    </div>
  );
}
