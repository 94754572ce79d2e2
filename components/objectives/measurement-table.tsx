import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import type { TargetSpec, ValueBounds } from "@/lib/objectives/rules";
import type { PeriodRow } from "@/lib/objectives/types";
import { formatDateTime } from "@/lib/utils/format";
import { formatDecimal } from "@/lib/utils/number";
import { decimalInput } from "./objective-form-defaults";
import { MeasurementDialogButton } from "./measurement-dialog-button";
import { PeriodAchievementBadge } from "./period-achievement-badge";
import styles from "./objectives.module.css";

export type MeasurementPeriod = PeriodRow & { started: boolean };

export type MeasurementTableProps = {
  objective: { id: string; code: string; year: number; spec: TargetSpec; targetText: string; measureUnit: string; bounds: ValueBounds };
  periods: MeasurementPeriod[];
  mayMeasure: boolean;
};

/** One row per period of the objective's year: realised value, achievement, notes, evidence. */
export function MeasurementTable({ objective, periods, mayMeasure }: MeasurementTableProps) {
  const unit = objective.measureUnit;
  return (
    <Table caption={`Pengukuran ${objective.code} tahun ${objective.year}`}>
      <THead>
        <Tr>
          <Th>Periode</Th>
          <Th numeric>Realisasi</Th>
          <Th>Target saat itu</Th>
          <Th>Capaian</Th>
          <Th>Catatan / Analisis</Th>
          <Th>Bukti</Th>
          <Th>Dicatat oleh</Th>
          {mayMeasure && <Th>
            <span className="visually-hidden">Tindakan</span>
          </Th>}
        </Tr>
      </THead>
      <TBody>
        {periods.map((p) => {
          const m = p.measurement;
          return (
            <Tr key={p.period}>
              <Th scope="row">{p.label}</Th>
              <Td numeric nowrap>
                {m ? `${formatDecimal(m.value)} ${unit}`.trim() : <span className="muted">—</span>}
              </Td>
              <Td nowrap className="tabular">{m ? m.targetText : <span className="muted">—</span>}</Td>
              <Td>
                <PeriodAchievementBadge period={p} started={p.started} />
              </Td>
              <Td className={styles.cellNote}>
                {m?.note && <p className={styles.note}>{m.note}</p>}
                {m?.analysis && (
                  <p className={styles.note}>
                    <strong>Analisis: </strong>
                    {m.analysis}
                  </p>
                )}
                {!m?.note && !m?.analysis && <span className="muted">—</span>}
              </Td>
              <Td className="text-sm">
                {m?.evidence && (
                  <div>
                    <a href={`/objectives/evidence/${encodeURIComponent(m.evidence.id)}`}>{m.evidence.fileName}</a>
                  </div>
                )}
                {m?.evidenceUrl && (
                  <div>
                    <a href={m.evidenceUrl} target="_blank" rel="noopener noreferrer">
                      Tautan bukti
                    </a>
                  </div>
                )}
                {!m?.evidence && !m?.evidenceUrl && <span className="muted">—</span>}
              </Td>
              <Td className="text-sm">
                {m ? (
                  <>
                    {m.enteredBy}
                    <div className="muted">{formatDateTime(m.updatedAt)}</div>
                  </>
                ) : (
                  <span className="muted">—</span>
                )}
              </Td>
              {mayMeasure && (
                <Td nowrap>
                  {(m || p.started) && (
                    <MeasurementDialogButton
                      label={m ? "Koreksi" : "Catat"}
                      ariaLabel={`${m ? "Koreksi" : "Catat"} ${p.label} ${objective.year}`}
                      variant={m ? "ghost" : "secondary"}
                      objective={objective}
                      fixedPeriod={{ value: p.period, label: `${p.label} ${objective.year}` }}
                      existing={
                        m
                          ? {
                              version: m.version, value: decimalInput(m.value), note: m.note, analysis: m.analysis,
                              evidenceUrl: m.evidenceUrl, evidenceName: m.evidence?.fileName ?? null,
                            }
                          : null
                      }
                    />
                  )}
                </Td>
              )}
            </Tr>
          );
        })}
      </TBody>
    </Table>
  );
}
