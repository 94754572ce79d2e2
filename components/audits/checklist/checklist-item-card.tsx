"use client";
// One butir of the daftar periksa: its question and origin (unit, SOP step, clause), the five
// answer buttons, the objective evidence and the sample behind the answer, evidence files, and
// for the team while the checklist is prepared: edit and move.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { Badge, Button, TextField, TextareaField } from "@/components/ui";
import { moveChecklistItemAction } from "@/lib/audits/checklist-actions";
import { CHECKLIST_ANSWERS, CHECKLIST_ANSWER_LABELS, CHECKLIST_KIND_LABELS, isFindingAnswer } from "@/lib/audits/checklist-constants";
import type { AnswerInput } from "@/lib/audits/checklist-schema";
import type { ChecklistItemView } from "@/lib/audits/checklist-types";
import type { ChecklistAnswer } from "@/lib/db/generated/enums";
import { EvidenceUpload } from "./evidence-upload";
import { ItemEditForm } from "./item-edit-form";
import styles from "./checklist.module.css";

export interface ItemState {
  version: number;
  answer: ChecklistAnswer | null;
  finding: ChecklistItemView["finding"];
  error: string | null;
}

const TONES: Partial<Record<ChecklistAnswer, "danger" | "warning">> = { KTS_MAYOR: "danger", KTS_MINOR: "danger", OBSERVASI: "warning" };

export type ChecklistItemCardProps = {
  auditId: string;
  item: ChecklistItemView;
  state: ItemState;
  pending: boolean;
  offline: boolean;
  canAnswer: boolean;
  canEdit: boolean;
  isFirst: boolean;
  isLast: boolean;
  /** Filtered out of the list on screen (kept mounted, so what was typed stays). */
  hidden?: boolean;
  units: { id: string; name: string }[];
  clauses: { code: string; title: string }[];
  onAnswer: (input: AnswerInput) => void;
};

export function ChecklistItemCard({ auditId, item, state, pending, offline, canAnswer, canEdit, isFirst, isLast, hidden, units, clauses, onAnswer }: ChecklistItemCardProps) {
  const id = useId();
  const router = useRouter();
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const [note, setNote] = useState(item.evidenceNote ?? "");
  const [sample, setSample] = useState({
    population: item.samplePopulation ?? "",
    method: item.sampleMethod ?? "",
    size: item.sampleSize === null ? "" : String(item.sampleSize),
    items: item.sampleItems ?? "",
  });
  const [localError, setLocalError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [moving, setMoving] = useState(false);

  const send = (answer: ChecklistAnswer) => {
    if (isFindingAnswer(answer) && note.trim() === "") {
      setLocalError("Tuliskan bukti objektif dulu: jawaban ini menjadi temuan.");
      noteRef.current?.focus();
      return;
    }
    const size = sample.size.trim() === "" ? null : Number(sample.size);
    if (size !== null && (!Number.isInteger(size) || size < 1)) {
      setLocalError("Isi jumlah sampel dengan bilangan bulat paling kecil 1.");
      return;
    }
    setLocalError(null);
    onAnswer({
      id: item.id, version: state.version, answer, evidenceNote: note, samplePopulation: sample.population,
      sampleMethod: sample.method, sampleSize: size, sampleItems: sample.items,
    });
  };

  const move = async (direction: "up" | "down") => {
    setMoving(true);
    const result = await moveChecklistItemAction({ id: item.id, version: state.version, direction }).catch(() => null);
    setMoving(false);
    if (!result?.ok) setLocalError(result?.message ?? "Server sedang bermasalah, perubahan Anda belum tersimpan; coba lagi.");
    else router.refresh();
  };

  const error = localError ?? state.error;
  const label = `Butir ${item.position}`;
  return (
    <li className={styles.item} aria-label={label} hidden={hidden}>
      <div className={styles.meta}>
        <Badge>{CHECKLIST_KIND_LABELS[item.kind]}</Badge>
        {item.clauseCode && <span>Klausul {item.clauseCode}</span>}
        {item.sopTitle && <span>{item.sopStepNo ? `${item.sopTitle}, langkah ${item.sopStepNo}` : item.sopTitle}</span>}
        {item.unitName && <span>{item.unitName}</span>}
        {state.answer && (
          <span className={pending ? styles.waiting : styles.saved}>{pending ? (offline ? "menunggu koneksi" : "menyimpan…") : "tersimpan"}</span>
        )}
      </div>
      <p className={styles.question}>{item.question}</p>

      {editing ? (
        <ItemEditForm item={{ ...item, version: state.version }} units={units} clauses={clauses} onDone={() => setEditing(false)} />
      ) : (
        canEdit && (
          <div className={styles.row}>
            <Button size="sm" variant="secondary" onClick={() => setEditing(true)} disabled={state.finding !== null}>
              Ubah butir
            </Button>
            <Button size="sm" variant="ghost" onClick={() => move("up")} disabled={isFirst || moving} aria-label={`Naik, ${label.toLowerCase()}`}>
              Naik
            </Button>
            <Button size="sm" variant="ghost" onClick={() => move("down")} disabled={isLast || moving} aria-label={`Turun, ${label.toLowerCase()}`}>
              Turun
            </Button>
          </div>
        )
      )}

      <div className={styles.answers} role="group" aria-label={`Jawaban ${label}`}>
        {CHECKLIST_ANSWERS.map((answer) => (
          <button
            key={answer}
            type="button"
            className={styles.answer}
            data-tone={TONES[answer]}
            aria-pressed={state.answer === answer}
            disabled={!canAnswer}
            onClick={() => send(answer)}
          >
            {CHECKLIST_ANSWER_LABELS[answer]}
          </button>
        ))}
      </div>
      {error && (
        <p className={styles.error} role="alert">
          {error}
        </p>
      )}
      {state.finding && (
        <p>
          Temuan <Link href={`/findings/${encodeURIComponent(state.finding.id)}`}>{state.finding.number}</Link> tercatat dari butir ini.
        </p>
      )}

      {(canAnswer || note || item.samplePopulation) && (
        <div className={styles.details}>
          <TextareaField
            id={`${id}-note`}
            ref={noteRef}
            label="Bukti objektif / catatan"
            hint="Wajib untuk KTS dan observasi: apa yang dilihat, didengar atau dibaca."
            value={note}
            onChange={(e) => setNote(e.target.value)}
            readOnly={!canAnswer}
            maxLength={4000}
            rows={3}
          />
          <details>
            <summary>Sampel (ISO 19011)</summary>
            <div className={styles.sample}>
              <TextField id={`${id}-pop`} label="Populasi" placeholder="mis. 140 surat masuk" value={sample.population} readOnly={!canAnswer} onChange={(e) => setSample({ ...sample, population: e.target.value })} />
              <TextField id={`${id}-method`} label="Metode" placeholder="mis. acak" value={sample.method} readOnly={!canAnswer} onChange={(e) => setSample({ ...sample, method: e.target.value })} />
              <TextField id={`${id}-size`} label="Jumlah sampel" inputMode="numeric" value={sample.size} readOnly={!canAnswer} onChange={(e) => setSample({ ...sample, size: e.target.value })} />
              <TextField id={`${id}-items`} label="Yang diperiksa" placeholder="mis. Maret-Mei" value={sample.items} readOnly={!canAnswer} onChange={(e) => setSample({ ...sample, items: e.target.value })} />
            </div>
          </details>
          {canAnswer && state.answer && (
            <div className={styles.row}>
              <Button size="sm" variant="secondary" onClick={() => send(state.answer as ChecklistAnswer)}>
                Simpan bukti dan sampel
              </Button>
            </div>
          )}
        </div>
      )}

      {item.evidenceFiles.length > 0 && (
        <ul className={styles.files} aria-label={`Berkas bukti ${label}`}>
          {item.evidenceFiles.map((f) => (
            <li key={f.id}>
              <a href={`/audits/${encodeURIComponent(auditId)}/checklist/evidence/${encodeURIComponent(f.id)}`}>{f.fileName}</a>
            </li>
          ))}
        </ul>
      )}
      {canAnswer && <EvidenceUpload itemId={item.id} label={label} />}
    </li>
  );
}
