import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MeetingForm } from "@/components/audits/meeting-form";
import { MeetingSummary } from "@/components/audits/meeting-summary";
import { Card, PageHeader } from "@/components/ui";
import { requirePermission } from "@/lib/auth/session";
import { MEETING_KINDS } from "@/lib/audits/constants";
import { slotDay } from "@/lib/audits/rules";
import { timeInputValue } from "@/lib/audits/format";
import { loadAudit } from "../load";

export const metadata: Metadata = { title: "Rapat audit" };

type Props = { params: Promise<{ id: string }> };

export default async function AuditMeetingsPage({ params }: Props) {
  await requirePermission("audit.read");
  const audit = await loadAudit((await params).id);
  if (!audit) notFound();
  const base = `/audits/${encodeURIComponent(audit.id)}`;
  const planned = (kind: string) => audit.schedule.find((s) => s.kind === kind);
  return (
    <div className="stack-lg">
      <PageHeader
        title={`Rapat ${audit.number}`}
        description="Rapat pembukaan dan penutupan dengan daftar hadir dan catatan; rapat penutupan mencatat tenggat yang disepakati dan perbedaan pendapat."
        breadcrumbs={[{ href: "/audits", label: "Audit Internal" }, { href: base, label: audit.number }, { label: "Rapat" }]}
      />
      {MEETING_KINDS.map((kind) => {
        const meeting = audit.meetings.find((m) => m.kind === kind) ?? null;
        const at = meeting?.heldAt ?? planned(kind)?.startsAt ?? audit.startDate;
        return audit.allowed.meetings ? (
          <MeetingForm
            key={kind}
            kind={kind}
            defaults={{
              auditId: audit.id, kind, version: meeting?.version ?? null, date: slotDay(at), time: meeting || planned(kind) ? timeInputValue(at) : "08:00",
              notes: meeting?.notes ?? "", attendance: meeting?.attendees.map((p) => (p.position ? `${p.name} — ${p.position}` : p.name)).join("\n") ?? "",
              agreedDeadlines: meeting?.agreedDeadlines ?? "", divergingOpinions: meeting?.divergingOpinions ?? "",
            }}
          />
        ) : (
          <Card key={kind}>
            <MeetingSummary kind={kind} meeting={meeting} />
          </Card>
        );
      })}
      {!audit.allowed.meetings && <p className="muted">Rapat dicatat manajer mutu atau ketua tim selama audit dilaksanakan dan dilaporkan.</p>}
    </div>
  );
}
