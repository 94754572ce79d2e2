"use client";
// Picks SOPs from a long list: a filter box over checkboxes, the chosen ones as removable chips.
import { useId, useMemo, useState } from "react";
import { Checkbox, Input, type SelectOption } from "@/components/ui";
import styles from "./sop-picker.module.css";

const MAX_SHOWN = 100;

export type SopPickerProps = {
  legend: string;
  options: SelectOption[];
  value: string[];
  onChange: (value: string[]) => void;
  onBlur?: () => void;
  error?: string;
  hint?: string;
};

const normalise = (text: string) => text.toLocaleLowerCase("id").normalize("NFD").replace(/[\u0300-\u036f]/g, "");

export function SopPicker({ legend, options, value, onChange, onBlur, error, hint }: SopPickerProps) {
  const id = useId();
  const [filter, setFilter] = useState("");
  const labelOf = useMemo(() => new Map(options.map((o) => [o.value, o.label])), [options]);
  const matches = useMemo(() => {
    const words = normalise(filter).split(/\s+/).filter(Boolean);
    return options.filter((o) => words.every((w) => normalise(o.label).includes(w)));
  }, [filter, options]);
  const shown = matches.slice(0, MAX_SHOWN);
  const toggle = (sopId: string, checked: boolean) =>
    onChange(checked ? [...value.filter((v) => v !== sopId), sopId] : value.filter((v) => v !== sopId));
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;

  return (
    <fieldset className={styles.group} aria-describedby={describedBy} onBlur={onBlur}>
      <legend className={styles.legend}>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      )}
      {value.length === 0 ? (
        <p className={styles.none}>Belum ada SOP yang dipilih.</p>
      ) : (
        <ul className={styles.chips} aria-label="SOP terpilih">
          {value.map((sopId) => {
            const label = labelOf.get(sopId) ?? sopId;
            return (
              <li key={sopId} className={styles.chip} title={label}>
                <span className={styles.chipLabel}>{label}</span>
                <button type="button" className={styles.chipRemove} aria-label={`Hapus ${label}`} onClick={() => toggle(sopId, false)}>
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <Input
        type="search"
        aria-label="Saring SOP"
        placeholder="Ketik nama, nomor atau unit SOP untuk menyaring…"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        // Enter in the filter box must not submit the whole form.
        onKeyDown={(e) => {
          if (e.key === "Enter") e.preventDefault();
        }}
      />
      {shown.length === 0 ? (
        <p className={styles.none}>{options.length === 0 ? "Belum ada SOP di katalog Perangkat Daerah ini." : "Tidak ada SOP yang cocok."}</p>
      ) : (
        <ul className={styles.options} aria-label="Pilihan SOP">
          {shown.map((o) => (
            <li key={o.value}>
              <Checkbox label={o.label} checked={value.includes(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} />
            </li>
          ))}
        </ul>
      )}
      {matches.length > MAX_SHOWN && (
        <p className={styles.hint}>{`${matches.length - MAX_SHOWN} SOP lain tidak ditampilkan; persempit saringan.`}</p>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className={styles.error}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
