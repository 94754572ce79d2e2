"use client";
// A dialog that asks for a required note before the confirmed action runs.
import { useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import { Button } from "./button";
import { Dialog, type DialogProps } from "./dialog";
import { TextareaField } from "./fields";

export type NoteDialogProps = {
  open: boolean;
  title: ReactNode;
  /** Above the note; a string becomes a paragraph. */
  message: ReactNode;
  noteLabel: string;
  noteHint?: ReactNode;
  noteMaxLength?: number;
  /** Shown on the note when the dialog is confirmed with a blank one. */
  requiredMessage: string;
  confirmLabel: string;
  cancelLabel?: string;
  tone?: "primary" | "danger";
  size?: DialogProps["size"];
  /** The confirmed action is running: shows a spinner and blocks closing. */
  pending?: boolean;
  /** Between the message and the note, e.g. the refusal of the confirmed action. */
  error?: ReactNode;
  /** Called with the note trimmed, never blank. */
  onConfirm: (note: string) => void;
  onCancel: () => void;
};

/**
 * The note starts empty when the dialog mounts, so mount it for each use (or give it a key).
 * After the first confirmation the required check follows every keystroke.
 */
export function NoteDialog({
  open,
  title,
  message,
  noteLabel,
  noteHint,
  noteMaxLength = 1000,
  requiredMessage,
  confirmLabel,
  cancelLabel = "Batal",
  tone = "primary",
  size,
  pending = false,
  error,
  onConfirm,
  onCancel,
}: NoteDialogProps) {
  const formId = useId();
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const [note, setNote] = useState("");
  const [confirmed, setConfirmed] = useState(false);
  const blank = note.trim() === "";

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    setConfirmed(true);
    if (blank) {
      noteRef.current?.focus();
      return;
    }
    onConfirm(note.trim());
  };

  return (
    <Dialog
      open={open}
      onClose={onCancel}
      title={title}
      size={size}
      dismissible={!pending}
      footer={
        <>
          <Button variant="secondary" onClick={onCancel} disabled={pending}>
            {cancelLabel}
          </Button>
          <Button type="submit" form={formId} variant={tone} loading={pending}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={onSubmit} noValidate className="stack">
        {typeof message === "string" ? <p>{message}</p> : message}
        {error}
        <TextareaField
          ref={noteRef}
          id={`${formId}-note`}
          name="note"
          label={noteLabel}
          required
          rows={4}
          maxLength={noteMaxLength}
          hint={noteHint}
          error={confirmed && blank ? requiredMessage : undefined}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </form>
    </Dialog>
  );
}
