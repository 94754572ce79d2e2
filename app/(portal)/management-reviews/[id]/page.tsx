import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActivityHistory } from "@/components/activity/activity-history";
import { AcknowledgeButton } from "@/components/management-reviews/acknowledge-button";
import { ActionTable } from "@/components/management-reviews/action-table";
import { AttendanceForm } from "@/components/management-reviews/attendance-form";
import { DraftHistory } from "@/components/management-reviews/draft-history";
import { MinutesView } from "@/components/management-reviews/minutes-view";
import { PackSection } from "@/components/management-reviews/pack-section";
import { ReviewStatusBadge } from "@/components/management-reviews/review-status-badge";
import { ReviewWorkflow } from "@/components/management-reviews/review-workflow";
import styles from "@/components/management-reviews/reviews.module.css";
import { Alert, Badge, Card, DescriptionList, LinkButton, PageHeader } from "@/components/ui";
import { listRecordActivity } from "@/lib/activity/data";
import { requireUser } from "@/lib/auth/session";
import { REVIEW_STATUS_LABELS } from "@/lib/management-reviews/constants";
import { formatCalendarDate, formatDateTime } from "@/lib/utils/format";
import { loadReview } from "./load";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const review = await loadReview((await params).id);
  return { title: review ? `${review.number}: ${review.title}` : "Tinjauan Manajemen" };
}

export default async function ReviewPage({ params }: Props) {
  const user = await requireUser();
  const r = await loadReview((await params).id);
  if (!r) notFound();
  const base = `/management-reviews/${encodeURIComponent(r.id)}`;
  const history = r.allowed.history ? await listRecordActivity(user, "management_review", r.id, r.agency.path) : null;
  const held = r.status !== "DIJADWALKAN" && r.status !== "DIBATALKAN";
  const written = ["MENUNGGU_PARAF", "DIPARAF", "DITANDATANGANI", "DITERBITKAN"].includes(r.status);

  return (
    <div className="stack-lg">
      <PageHeader
        title={`${r.number} · ${r.title}`}
        description={
          <span className={styles.badges}>
            <ReviewStatusBadge status={r.status} />
            <span>{`${r.agency.name} · ${formatDateTime(r.meetingAt)} WITA · ${r.place}`}</span>
          </span>
        }
        breadcrumbs={[{ href: "/management-reviews", label: "Tinjauan Manajemen" }, { label: r.number }]}
        actions={<ReviewWorkflow review={r} />}
      />

      {r.status === "DIBATALKAN" && <Alert tone="warning" title="Rapat dibatalkan"><p className={styles.note}>{r.cancelReason}</p></Alert>}
      {r.status === "DRAF_NOTULEN" && r.returnNote && (
        <Alert tone="warning" title={`Draf ${r.draftNo - 1} dikembalikan`}>
          <p className={styles.note}>{r.returnNote}</p>
        </Alert>
      )}
      {r.status === "DIJADWALKAN" && (
        <Alert tone="info">Bahan masukan di bawah disusun dari data terkini dan dibekukan saat rapat dimulai. Narasi dapat ditulis sampai rapat dimulai.</Alert>
      )}

      <nav aria-label="Bagian rapat" className={styles.actions}>
        {r.allowed.minutes && <LinkButton href={`${base}/minutes`}>Tulis notulen dan RTL</LinkButton>}
        {written && <LinkButton href={`${base}/print`} variant="secondary">Cetak notulen</LinkButton>}
        {written && <LinkButton href={`${base}/pdf`} variant="secondary" prefetch={false}>Unduh PDF</LinkButton>}
        {r.allowed.acknowledge && <AcknowledgeButton reviewId={r.id} />}
      </nav>

      <Card title="Rapat">
        <DescriptionList
          items={[
            { term: "Periode ditinjau", description: `${formatCalendarDate(r.periodFrom)} – ${formatCalendarDate(r.periodTo)}` },
            { term: "Waktu", description: `${formatDateTime(r.meetingAt)} WITA` },
            { term: "Tempat", description: r.place },
            { term: "Pimpinan rapat", description: r.chair.name },
            { term: "Notulis", description: r.notulis.name },
            { term: "Pemaraf", description: r.initialer.name },
            { term: "Unit diundang", description: r.invitedUnits.length ? r.invitedUnits.map((u) => u.name).join(", ") : "—" },
            { term: "Bahan dibekukan", description: r.frozenAt ? formatDateTime(r.frozenAt) : "Belum (rapat belum dimulai)" },
            { term: "Status", description: REVIEW_STATUS_LABELS[r.status] },
          ]}
        />
      </Card>

      <Card title="Peserta dan kehadiran">
        {r.allowed.attendance ? (
          <AttendanceForm reviewId={r.id} version={r.version} participants={r.participants} />
        ) : (
          <ul className={styles.list}>
            {r.participants.map((p) => (
              <li key={p.id}>
                {`${p.name} (${p.unitName})`}{" "}
                {p.present === true && <Badge tone="success">Hadir</Badge>}
                {p.present === false && <Badge tone="neutral">Tidak hadir</Badge>}
              </li>
            ))}
          </ul>
        )}
      </Card>

      <section className="stack" aria-labelledby="pack-title">
        <h2 id="pack-title">{`Bahan masukan tinjauan (ISO 9001:2015 9.3.2)${r.frozenAt ? "" : " — data terkini"}`}</h2>
        {r.sections.map((s) => (
          <PackSection
            key={s.key}
            sectionKey={s.key}
            title={s.title}
            data={s.data}
            narrative={s.narrative}
            narrate={r.allowed.narrate ? { reviewId: r.id, version: r.version } : undefined}
          />
        ))}
      </section>

      {held && <MinutesView review={r} />}

      {held && (
        <Card title="Rencana tindak lanjut (RTL)">
          {r.actions.length === 0 ? <p className="muted">Belum ada RTL.</p> : <ActionTable rows={r.actions} caption={`RTL ${r.number}`} />}
        </Card>
      )}

      {(r.drafts.length > 0 || r.pendingChanges) && <DraftHistory drafts={r.drafts} pendingChanges={r.pendingChanges} draftNo={r.draftNo} />}

      {r.status === "DITERBITKAN" && (
        <Card title="Tanda terima notulen">
          {r.acknowledgments.length === 0 ? (
            <p className="muted">Belum ada peserta yang menyatakan menerima notulen.</p>
          ) : (
            <ul className={styles.list}>
              {r.acknowledgments.map((a) => <li key={a.userId}>{`${a.userName} · ${formatDateTime(a.acknowledgedAt)}`}</li>)}
            </ul>
          )}
        </Card>
      )}

      {history && (
        <Card title="Riwayat">
          <ActivityHistory entries={history} labels={{ fieldLabels: { status: "Status" }, valueLabels: { status: REVIEW_STATUS_LABELS } }} />
        </Card>
      )}
    </div>
  );
}
