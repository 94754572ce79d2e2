// One round of a corrective action as read: correction, 5-why chain, root causes, actions with
// their evidence and verification. An open round shows its plan form to the unit's auditee; an
// approved one lets the auditee record each action done.
import Link from "next/link";
import { Alert, DescriptionList, type SelectOption } from "@/components/ui";
import { FISHBONE_LABELS, ITEM_STATUS_LABELS } from "@/lib/corrective-actions/constants";
import type { CaRoundView } from "@/lib/corrective-actions/types";
import { formatDate, formatDateTime } from "@/lib/utils/format";
import { OverdueBadge } from "./ca-status-badge";
import styles from "./corrective-actions.module.css";
import { ItemDoneForm } from "./item-done-form";
import { PlanForm } from "./plan-form";

export function CaRound({ round, picOptions, sopOptions }: { round: CaRoundView; picOptions: SelectOption[]; sopOptions: SelectOption[] }) {
  const isoDay = (d: Date) => d.toISOString().slice(0, 10);
  return (
    <div className="stack-lg">
      {round.returnNote && round.status === "TERBUKA" && (
        <Alert tone="warning" title="Rencana dikembalikan">
          <p className={styles.note}>{round.returnNote}</p>
        </Alert>
      )}
      {round.verificationNote && (
        <Alert tone={round.status === "DITUTUP" ? "success" : "danger"} title={round.status === "DITUTUP" ? "Diverifikasi efektif" : "Diverifikasi tidak efektif"}>
          <p className={styles.note}>{round.verificationNote}</p>
          <p className="muted text-sm">{`${round.verifiedBy ?? "—"}, ${formatDateTime(round.verifiedAt)}`}</p>
        </Alert>
      )}
      {round.canPlan ? (
        <PlanForm
          id={round.id}
          version={round.version}
          defaults={{
            correction: round.correction,
            whys: round.whys,
            causes: round.causes,
            items: round.items.map((i) => ({ description: i.description, picId: i.picId, dueDate: isoDay(i.dueDate), sopId: i.sop?.id ?? null })),
          }}
          picOptions={picOptions}
          sopOptions={sopOptions}
        />
      ) : (
        <>
          <section className="stack-sm" aria-label="Koreksi">
            <h3>Koreksi</h3>
            <p className={styles.note}>{round.correction ?? "Belum diisi."}</p>
          </section>
          <section className="stack-sm" aria-label="Analisis akar masalah">
            <h3>Analisis akar masalah</h3>
            {round.whys.length > 0 && (
              <ol className={styles.whys} aria-label="5 mengapa">
                {round.whys.map((w, i) => (
                  <li key={i}>{`Mengapa? ${w}`}</li>
                ))}
              </ol>
            )}
            <ul className={styles.whys}>
              {round.causes.map((c, i) => (
                <li key={i}>
                  {c.category && <strong>{`${FISHBONE_LABELS[c.category]}: `}</strong>}
                  {c.description}
                </li>
              ))}
              {round.causes.length === 0 && <li>Belum ada akar masalah.</li>}
            </ul>
          </section>
        </>
      )}
      {!round.canPlan && (
        <section className="stack" aria-label="Tindakan perbaikan">
          <h3>Tindakan perbaikan</h3>
          {round.items.length === 0 && <p className="muted">Belum ada tindakan.</p>}
          {round.items.map((item, index) => (
            <div key={item.id} className={styles.entry}>
              <div className={styles.entryHeader}>
                <strong>{`${index + 1}. ${item.description}`}</strong>
                <span>
                  {ITEM_STATUS_LABELS[item.status]} {item.overdue && <OverdueBadge />}
                </span>
              </div>
              <DescriptionList
                items={[
                  { term: "PIC", description: item.picName },
                  { term: "Tenggat", description: formatDate(item.dueDate) },
                  ...(item.sop
                    ? [{
                        term: "SOP yang diubah",
                        description: (
                          <span>
                            <Link href={`/sops/${encodeURIComponent(item.sop.id)}`}>{item.sop.number ? `${item.sop.number} — ${item.sop.title}` : item.sop.title}</Link>
                            {" · "}
                            <Link href={`/sops/${encodeURIComponent(item.sop.id)}/edit`}>buka revisi SOP</Link>
                          </span>
                        ),
                      }]
                    : []),
                  ...(item.implementationNote
                    ? [{ term: "Bukti pelaksanaan", description: <span className={styles.note}>{item.implementationNote}</span> }]
                    : []),
                  ...(item.doneAt ? [{ term: "Dicatat selesai", description: `${item.doneBy ?? "—"}, ${formatDateTime(item.doneAt)}` }] : []),
                  ...(item.evidence.length > 0
                    ? [{
                        term: "Berkas bukti",
                        description: (
                          <ul>
                            {item.evidence.map((e) => (
                              <li key={e.id}>
                                <a href={`/corrective-actions/evidence/${encodeURIComponent(e.id)}`}>{e.fileName}</a>
                              </li>
                            ))}
                          </ul>
                        ),
                      }]
                    : []),
                ]}
              />
              {round.canRecordDone && (
                <ItemDoneForm itemId={item.id} version={item.version} index={index} note={item.implementationNote} hasEvidence={item.evidence.length > 0} />
              )}
            </div>
          ))}
        </section>
      )}
    </div>
  );
}
