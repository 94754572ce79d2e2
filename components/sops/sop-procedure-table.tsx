import { Badge } from "@/components/ui";
import { ACTOR_CONFIDENCE_LABELS, totalMinutesOf } from "@/lib/sops/constants";
import type { SopStepContent } from "@/lib/sops/content";
import { formatDuration } from "@/lib/sops/format-duration";
import { partLetter, stepNumbers, type StepNumber } from "@/lib/sops/step-numbers";
import styles from "./sop-document.module.css";
import { formatNumber } from "@/lib/utils/number";

export type SopProcedureTableProps = {
  actors: string[];
  steps: SopStepContent[];
};

const CROWDED_ACTORS = 6;
const blank = <span className={styles.blank}>—</span>;

function ActorMark({ step, actor, index, count }: { step: SopStepContent; actor: string; index: number; count: number }) {
  // The terminators of the paper SOP: "Mulai" above the first step's mark, "Selesai" below the last.
  const before = index === 0;
  const after = index === count - 1;
  const inferred = step.actor_confidence === "inferred";
  return (
    <div className={styles.markCell}>
      {before && <span className={styles.terminal}>Mulai</span>}
      <span
        role="img"
        aria-label={`Dilaksanakan oleh ${actor}${inferred ? " (disimpulkan dari teks)" : ""}`}
        className={inferred ? `${styles.mark} ${styles.markInferred}` : styles.mark}
      />
      {after && <span className={styles.terminal}>Selesai</span>}
    </div>
  );
}

function Waktu({ step }: { step: SopStepContent }) {
  const minutes = step.waktu_minutes;
  const minutesText = minutes === null ? "tidak diketahui" : `${formatNumber(minutes)} menit`;
  const same = step.waktu_raw !== null && step.waktu_raw.trim().toLowerCase() === minutesText;
  return (
    <>
      {step.waktu_raw ?? blank}
      {!same && <span className={styles.minutes}>{minutesText}</span>}
    </>
  );
}

/** The No cell: the printed number; when the source restarts its numbering, the position too. */
function StepNo({ number, restarts }: { number: StepNumber; restarts: boolean }) {
  if (!restarts) return <>{number.source ?? blank}</>;
  return (
    <span
      className={styles.noPair}
      title={`Langkah ke-${number.running}; di dokumen sumber nomor ${number.source ?? "(tanpa nomor)"} bagian ${partLetter(number.part)}`}
    >
      <span className={styles.noRunning}>{number.running}</span>
      <span className={styles.noSource}>{number.label}</span>
    </span>
  );
}

/**
 * The procedure table of the paper SOP AP: No, Kegiatan, one column per Pelaksana with the mark of
 * the actor of each step, the Mutu Baku (Kelengkapan, Waktu, Output) and Keterangan.
 */
export function SopProcedureTable({ actors, steps }: SopProcedureTableProps) {
  const actorColumns = Math.max(actors.length, 1);
  const columnCount = 2 + actorColumns + 3 + 1;
  // Beyond this many Pelaksana the header names turn sideways in print, as on crowded paper forms.
  const crowded = actors.length > CROWDED_ACTORS;
  const { total, unknownSteps: unknown } = totalMinutesOf({ steps });
  const { numbers, restarts } = stepNumbers(steps);

  return (
    // Focusable and named: a box that scrolls sideways must be reachable by keyboard (axe scrollable-region-focusable).
    <div className={styles.procedureScroll} tabIndex={0} role="region" aria-label="Tabel prosedur">
      {restarts && (
        <p className={styles.numberingNote}>
          Penomoran di dokumen sumber dimulai lagi dari 1 pada beberapa bagian. Kolom No menunjukkan urutan langkah dan,
          di bawahnya, nomor aslinya dengan huruf bagian (mis. B.3 = langkah 3 bagian B).
        </p>
      )}
      <table
        className={[styles.paperTable, styles.procedure, crowded && styles.crowded].filter(Boolean).join(" ")}
        aria-label="Prosedur"
      >
        {crowded && (
          <colgroup>
            <col className={styles.colNo} />
            <col />
            {actors.map((actor) => (
              <col key={actor} className={styles.colActor} />
            ))}
            <col className={styles.colDetail} />
            <col className={styles.colWaktu} />
            <col className={styles.colDetail} />
            <col className={styles.colKeterangan} />
          </colgroup>
        )}
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              No
            </th>
            <th scope="col" rowSpan={2}>
              Kegiatan
            </th>
            {actors.length > 0 ? (
              <th scope="colgroup" colSpan={actors.length}>
                Pelaksana
              </th>
            ) : (
              <th scope="col" rowSpan={2}>
                Pelaksana
              </th>
            )}
            <th scope="colgroup" colSpan={3}>
              Mutu Baku
            </th>
            <th scope="col" rowSpan={2}>
              Keterangan
            </th>
          </tr>
          <tr>
            {actors.map((actor) => (
              <th key={actor} scope="col" className={styles.actorHeader} title={actor}>
                <span className={styles.actorName}>{actor}</span>
              </th>
            ))}
            <th scope="col">Kelengkapan</th>
            <th scope="col">Waktu</th>
            <th scope="col">Output</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((step, index) => {
            const known = step.actor !== null && actors.includes(step.actor);
            return (
              <tr key={index}>
                <td className={styles.no}>
                  <StepNo number={numbers[index]} restarts={restarts} />
                </td>
                <td className={styles.activity}>
                  {step.activity}
                  {step.actor_confidence !== "certain" && (
                    <span className={styles.confidence}>
                      <Badge tone={step.actor_confidence === "unknown" ? "warning" : "neutral"}>
                        {ACTOR_CONFIDENCE_LABELS[step.actor_confidence]}
                      </Badge>
                    </span>
                  )}
                </td>
                {known ? (
                  actors.map((actor) => (
                    <td key={actor} className={styles.actorCell}>
                      {actor === step.actor && <ActorMark step={step} actor={actor} index={index} count={steps.length} />}
                    </td>
                  ))
                ) : (
                  <td colSpan={actorColumns} className={styles.actorNote}>
                    {step.actor === null ? "Pelaksana belum diketahui" : `Pelaksana: ${step.actor}`}
                  </td>
                )}
                <td className={styles.detail}>{step.kelengkapan ?? blank}</td>
                <td className={styles.waktu}>
                  <Waktu step={step} />
                </td>
                <td className={styles.detail}>{step.output ?? blank}</td>
                <td className={styles.keterangan}>{step.keterangan ?? ""}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={columnCount} className={styles.total}>
              <strong>Total waktu baku: {formatDuration(total)}</strong>
              {unknown > 0 && ` (${formatNumber(unknown)} langkah tanpa waktu baku)`}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
