import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MinutesForm } from "@/components/management-reviews/minutes-form";
import { Alert, PageHeader } from "@/components/ui";
import { minutesOptions } from "@/lib/management-reviews/data";
import { requireUser } from "@/lib/auth/session";
import { loadReview } from "../load";

export const metadata: Metadata = { title: "Notulen dan RTL" };

type Props = { params: Promise<{ id: string }> };

export default async function MinutesPage({ params }: Props) {
  await requireUser();
  const r = await loadReview((await params).id);
  if (!r) notFound();
  const base = `/management-reviews/${encodeURIComponent(r.id)}`;
  return (
    <div className="stack-lg">
      <PageHeader
        title={`Notulen dan RTL ${r.number}`}
        description="Notulen tiap agenda, keputusan sebagai keluaran 9.3.3, dan rencana tindak lanjut dengan PIC, tenggat dan rujukannya."
        breadcrumbs={[{ href: "/management-reviews", label: "Tinjauan Manajemen" }, { href: base, label: r.number }, { label: "Notulen dan RTL" }]}
      />
      {r.returnNote && r.status === "DRAF_NOTULEN" && <Alert tone="warning" title={`Draf ${r.draftNo - 1} dikembalikan`}>{r.returnNote}</Alert>}
      {!r.allowed.minutes ? (
        <Alert tone="warning">Notulen dan RTL disusun oleh manajer mutu atau notulis saat rapat berlangsung atau sebagai draf.</Alert>
      ) : (
        <MinutesForm
          reviewId={r.id}
          version={r.version}
          agenda={r.agenda}
          backHref={base}
          options={await minutesOptions(r.agency.path, r.agency.id)}
          defaults={{
            minutes: r.agenda.map((a) => a.minutes ?? ""),
            decisions: r.decisions.map((d) => ({ type: d.type, agendaIndex: d.agendaIndex, text: d.text })),
            actions: r.actions.map((a) => ({
              description: a.description, picId: a.pic.id, dueDate: a.dueDate.toISOString().slice(0, 10), decisionType: a.decisionType,
              linkKind: a.link?.kind ?? "NONE", linkId: a.link?.id ?? null, reference: a.link?.kind === "REFERENCE" ? a.link.label.replace(/^[^:]+: /, "") : null,
            })),
          }}
        />
      )}
    </div>
  );
}
