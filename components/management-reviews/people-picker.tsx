"use client";
// A labelled group of checkboxes (invited units, participants, attendance), one per choice.
import { useId } from "react";
import { Checkbox } from "@/components/ui";
import styles from "./reviews.module.css";

export type Choice = { value: string; label: string };

export function ChoiceGroup({ legend, hint, error, choices, value, onChange }: {
  legend: string; hint?: string; error?: string; choices: Choice[]; value: string[]; onChange: (v: string[]) => void;
}) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const toggle = (v: string, on: boolean) => onChange(on ? [...value, v] : value.filter((x) => x !== v));
  return (
    <fieldset className={styles.group} aria-describedby={describedBy}>
      <legend className={styles.legend}>{legend}</legend>
      {hint && <p id={`${id}-hint`} className={styles.hint}>{hint}</p>}
      <div className={styles.choices}>
        {choices.map((c) => (
          <Checkbox key={c.value} label={c.label} checked={value.includes(c.value)} onChange={(e) => toggle(c.value, e.target.checked)} />
        ))}
      </div>
      {error && <p id={`${id}-error`} className={styles.error} role="alert">{error}</p>}
    </fieldset>
  );
}
