import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ScheduleForm } from "@/components/audits/schedule-form";
import { ScheduleRemoveButton } from "@/components/audits/schedule-remove-button";
import { ScheduleTable } from "@/components/audits/schedule-table";
import { Alert, Card, PageHeader } from "@/components/ui";
import { requirePermission } from "@/lib/auth/session";
import { SCHEDULE_KIND_LABELS } from "@/lib/audits/constants";
import { formatTime } from "@/lib/audits/format";
import { loadAudit } from "../load";

export const metadata: Metadata = { title: "Jadwal audit" };

type Props = { params: Promise<{ id: string }> };

export default async function AuditSchedulePage({ params }: Props) {
  await requirePermission("audit.read");
  const audit = await loadAudit((await params).id);
  if (!audit) notFound();
  const base = `/audits/${encodeURIComponent(audit.id)}`;
  return (
    <div className="stack-lg">
      <PageHeader
        title={`Jadwal ${audit.number}`}
        description="Rapat persiapan, rapat pembukaan, sesi per unit dengan auditornya, rapat auditor dan rapat penutupan. Waktu dalam WITA."
        breadcrumbs={[{ href: "/audits", label: "Audit Internal" }, { href: base, label: audit.number }, { label: "Jadwal" }]}
      />
      <Card title="Jadwal">
        {audit.schedule.length === 0 ? (
          <p className="muted">Jadwal belum disusun.</p>
        ) : (
          <ScheduleTable
            items={audit.schedule}
            action={
              audit.allowed.schedule
                ? (s) => <ScheduleRemoveButton auditId={audit.id} itemId={s.id} label={`${SCHEDULE_KIND_LABELS[s.kind]}${s.unitName ? `: ${s.unitName}` : ""} pukul ${formatTime(s.startsAt)}`} />
                : undefined
            }
          />
        )}
      </Card>
      {audit.allowed.schedule ? (
        audit.team.length === 0 ? (
          <Alert tone="warning">Tetapkan tim audit terlebih dahulu melalui Ubah rencana.</Alert>
        ) : (
          <ScheduleForm
            auditId={audit.id}
            firstDay={audit.startDate.toISOString().slice(0, 10)}
            units={audit.units.map((u) => ({ id: u.id, name: u.name }))}
            team={audit.team.map((m) => ({ userId: m.userId, name: m.name }))}
          />
        )
      ) : (
        <p className="muted">Jadwal disusun manajer mutu selama audit direncanakan atau dipersiapkan.</p>
      )}
    </div>
  );
}
