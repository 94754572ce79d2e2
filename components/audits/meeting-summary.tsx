import { DescriptionList } from "@/components/ui";
import { MEETING_KIND_LABELS, type AuditMeetingKind } from "@/lib/audits/constants";
import type { MeetingView } from "@/lib/audits/types";
import { formatSlotDay, formatTime } from "@/lib/audits/format";
import styles from "./audits.module.css";

/** What was recorded of an opening or closing meeting. */
export function MeetingSummary({ kind, meeting }: { kind: AuditMeetingKind; meeting: MeetingView | null }) {
  return (
    <section className="stack" aria-label={MEETING_KIND_LABELS[kind]}>
      <h3>{MEETING_KIND_LABELS[kind]}</h3>
      {!meeting ? (
        <p className="muted">Belum dicatat.</p>
      ) : (
        <DescriptionList
          items={[
            { term: "Waktu", description: `${formatSlotDay(meeting.heldAt)}, ${formatTime(meeting.heldAt)} WITA` },
            { term: "Hadir", description: <ul className={styles.list}>{meeting.attendees.map((p, i) => <li key={i}>{p.name}{p.position && <span className="muted text-sm"> · {p.position}</span>}</li>)}</ul> },
            { term: "Catatan", description: <p className={styles.note}>{meeting.notes}</p> },
            ...(kind === "PENUTUPAN"
              ? [
                  { term: "Tenggat disepakati", description: <p className={styles.note}>{meeting.agreedDeadlines ?? "—"}</p> },
                  { term: "Perbedaan pendapat", description: <p className={styles.note}>{meeting.divergingOpinions ?? "Tidak ada"}</p> },
                ]
              : []),
          ]}
        />
      )}
    </section>
  );
}
