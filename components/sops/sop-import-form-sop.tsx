"use client";

import { useId, useState } from "react";
import { Badge, Checkbox, FormField, Input, Select, Table, TBody, THead, Td, Th, Tr, type SelectOption, type Tone } from "@/components/ui";
import { ACTOR_CONFIDENCE_LABELS, totalMinutesOf } from "@/lib/sops/constants";
import { formatDuration } from "@/lib/sops/format-duration";
import type { Warning } from "@/lib/sops/import/types";
import { SopDocumentPreview } from "./sop-document-preview";
import {
  actionLabel,
  checkedContent,
  shownAction,
  uncertainSteps,
  warningPlace,
  withActor,
  withName,
  withNumber,
  type DraftSop,
  type ShownAction,
} from "./sop-import-form-state";
import styles from "./sop-import-form.module.css";

const ACTION_TONE: Record<ShownAction, Tone> = {
  create: "success",
  revise: "info",
  unchanged: "neutral",
  skip: "warning",
  excluded: "neutral",
  invalid: "danger",
};

export function WarningList({ warnings }: { warnings: Warning[] }) {
  return (
    <ul className={styles.warnings}>
      {warnings.map((w, i) => (
        <li key={i}>
          <span className={styles.line}>{warningPlace(w)}:</span> {w.message}
        </li>
      ))}
    </ul>
  );
}

/** Where the unit came from: the organisation lines that named it, or why the default is used. */
function matchNote(sop: DraftSop): string {
  const { match } = sop;
  const lines = match.lines.map((l) => `“${l}”`).join(", ");
  if (match.unitId && match.unitId !== sop.unitId) return `Baris organisasi ${lines} menunjuk ${match.unitName}; Anda memilih unit lain.`;
  if (match.unitId) return `Dicocokkan dari baris organisasi ${lines}.`;
  if (match.outsideScope) return `Baris organisasi ${lines} menunjuk ${match.unitName}, yang bukan wewenang Anda; dipakai unit bawaan.`;
  return sop.unitLines.length > 0 ? "Baris organisasi tidak cocok dengan unit mana pun (tidak cocok); dipakai unit bawaan." : "Tidak ada baris organisasi (tidak cocok); dipakai unit bawaan.";
}

/** One SOP of the preview, as the user corrects it. */
export function SopDraftEditor({
  sop,
  targets,
  onChange,
  disabled,
}: {
  sop: DraftSop;
  targets: SelectOption[];
  onChange: (sop: DraftSop) => void;
  disabled: boolean;
}) {
  const id = useId();
  const checked = checkedContent(sop);
  const { content } = sop;
  const actorOptions = [...new Set(content.actors)].map((a) => ({ value: a, label: a }));
  const uncertain = uncertainSteps(sop);
  // Open at first where a Pelaksana needs checking; the user's choices do not close it under them.
  const [stepsOpen] = useState(uncertain > 0);
  const unitName = targets.find((t) => t.value === sop.unitId)?.label.replace(/^(— )+/, "") ?? "";
  const note = matchNote(sop);

  return (
    <section className={styles.sop} aria-labelledby={`${id}-title`}>
      <div className="row-between">
        <h4 id={`${id}-title`} className={styles.sopHeading}>
          {sop.readName}
        </h4>
        <Badge tone={ACTION_TONE[shownAction(sop)]} className={styles.badgeLong}>
          {actionLabel(sop)}
        </Badge>
      </div>
      <Checkbox label="Sertakan dalam impor" checked={sop.include} disabled={disabled} onChange={(e) => onChange({ ...sop, include: e.target.checked })} />
      <div className="grid-2">
        <FormField label="Nama SOP" htmlFor={`${id}-name`} required>
          <Input id={`${id}-name`} value={content.nama} disabled={disabled} maxLength={500} onChange={(e) => onChange(withName(sop, e.target.value))} />
        </FormField>
        <FormField label="Nomor SOP" htmlFor={`${id}-number`}>
          <Input id={`${id}-number`} value={content.nomor ?? ""} disabled={disabled} maxLength={200} onChange={(e) => onChange(withNumber(sop, e.target.value))} />
        </FormField>
      </div>
      <FormField label="Unit pemilik" htmlFor={`${id}-unit`} required hint={note}>
        <Select
          id={`${id}-unit`}
          options={targets}
          value={sop.unitId}
          disabled={disabled}
          onChange={(e) => onChange({ ...sop, unitId: e.target.value })}
          aria-describedby={`${id}-unit-hint`}
        />
      </FormField>
      {!checked.ok && (
        <ul className={styles.problems} aria-label="Yang perlu diperbaiki">
          {checked.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <p className="muted text-sm">
        {content.steps.length} langkah, waktu baku {formatDuration(totalMinutesOf(content).total)}
        {uncertain > 0 && `; ${uncertain} langkah dengan pelaksana belum pasti (ditandai)`}.
      </p>
      <details className={styles.documentToggle} open={stepsOpen}>
        <summary>Langkah dan pelaksana</summary>
        <Table caption={`Langkah ${sop.readName}`}>
          <THead>
            <Tr>
              <Th numeric>No</Th>
              <Th>Uraian kegiatan</Th>
              <Th>Pelaksana</Th>
            </Tr>
          </THead>
          <TBody>
            {content.steps.map((step, i) => (
              <Tr key={i} className={step.actor_confidence === "certain" ? undefined : styles.uncertain}>
                <Td numeric>{step.no ?? "—"}</Td>
                <Td>{step.activity}</Td>
                <Td>
                  <Select
                    aria-label={`Pelaksana langkah ${step.no ?? i + 1}`}
                    options={actorOptions}
                    placeholder="Belum diketahui"
                    value={step.actor ?? ""}
                    disabled={disabled}
                    onChange={(e) => onChange(withActor(sop, i, e.target.value || null))}
                  />
                  {step.actor_confidence !== "certain" && (
                    <span className={styles.confidence}>{ACTOR_CONFIDENCE_LABELS[step.actor_confidence]}</span>
                  )}
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </details>
      {sop.warnings.length > 0 && (
        <details className={styles.documentToggle}>
          <summary>{sop.warnings.length} catatan pembacaan</summary>
          <div className={styles.document}>
            <WarningList warnings={sop.warnings} />
          </div>
        </details>
      )}
      {checked.ok && (
        <details className={styles.documentToggle}>
          <summary>Tampilan format resmi</summary>
          <SopDocumentPreview content={checked.content} unitName={unitName} />
        </details>
      )}
    </section>
  );
}
