import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReviewForm } from "@/components/management-reviews/review-form";
import { Alert, PageHeader } from "@/components/ui";
import { requireUser } from "@/lib/auth/session";
import { reviewFormOptions } from "@/lib/management-reviews/data";
import { loadReview } from "../load";

export const metadata: Metadata = { title: "Ubah jadwal rapat" };

type Props = { params: Promise<{ id: string }> };

const day = (d: Date) => d.toISOString().slice(0, 10);
const wita = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString();

export default async function EditReviewPage({ params }: Props) {
  const user = await requireUser();
  const r = await loadReview((await params).id);
  if (!r) notFound();
  const base = `/management-reviews/${encodeURIComponent(r.id)}`;
  const options = await reviewFormOptions(user, r.agency.id);
  return (
    <div className="stack-lg">
      <PageHeader title={`Ubah jadwal ${r.number}`} breadcrumbs={[{ href: "/management-reviews", label: "Tinjauan Manajemen" }, { href: base, label: r.number }, { label: "Ubah jadwal" }]} />
      {!r.allowed.edit ? (
        <Alert tone="warning">Jadwal hanya dapat diubah oleh manajer mutu sebelum rapat dimulai.</Alert>
      ) : (
        <ReviewForm
          review={{ id: r.id, version: r.version }}
          defaults={{
            agencyId: r.agency.id, title: r.title, periodFrom: day(r.periodFrom), periodTo: day(r.periodTo), date: wita(r.meetingAt).slice(0, 10), time: wita(r.meetingAt).slice(11, 16),
            place: r.place, chairId: r.chair.id, notulisId: r.notulis.id, initialerId: r.initialer.id, unitIds: r.invitedUnits.map((u) => u.id),
            participantIds: r.participants.map((p) => p.id), agenda: r.agenda.map((a) => ({ title: a.title })),
          }}
          options={options}
          cancelHref={base}
        />
      )}
    </div>
  );
}
