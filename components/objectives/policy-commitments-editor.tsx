"use client";
// The numbered commitments of a kebijakan mutu as an editable list: add, remove, move up and down.
import { useId } from "react";
import { Button, Textarea } from "@/components/ui";
import styles from "./policy-commitments-editor.module.css";

export type PolicyCommitmentsEditorProps = {
  value: string[];
  onChange: (value: string[]) => void;
  /** Error of the whole list (e.g. none written). */
  error?: string;
  /** Errors per commitment, by index. */
  itemErrors?: (string | undefined)[];
};

export function PolicyCommitmentsEditor({ value, onChange, error, itemErrors = [] }: PolicyCommitmentsEditorProps) {
  const id = useId();
  const set = (index: number, text: string) => onChange(value.map((v, i) => (i === index ? text : v)));
  const remove = (index: number) => onChange(value.filter((_, i) => i !== index));
  const move = (index: number, by: -1 | 1) => {
    const next = [...value];
    [next[index], next[index + by]] = [next[index + by], next[index]];
    onChange(next);
  };

  return (
    <fieldset className={styles.group} aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}>
      <legend className={styles.legend}>Komitmen</legend>
      <p id={`${id}-hint`} className={styles.hint}>
        Sasaran mutu mengacu pada komitmen menurut nomornya; bila urutan diubah, periksa kembali sasaran yang mengacunya.
      </p>
      <ol className={styles.list}>
        {value.map((text, index) => {
          const itemId = `${id}-${index}`;
          const itemError = itemErrors[index];
          return (
            <li key={index} className={styles.item}>
              <label htmlFor={itemId} className={styles.number}>
                <span className="visually-hidden">Komitmen </span>
                {`${index + 1}.`}
              </label>
              <div className="stack-sm">
                <Textarea
                  id={itemId}
                  rows={2}
                  maxLength={1000}
                  className={styles.text}
                  value={text}
                  aria-invalid={itemError ? true : undefined}
                  aria-describedby={itemError ? `${itemId}-error` : undefined}
                  onChange={(e) => set(index, e.target.value)}
                />
                {itemError && (
                  <p id={`${itemId}-error`} role="alert" className={styles.error}>
                    {itemError}
                  </p>
                )}
              </div>
              <div className={styles.tools}>
                <Button size="sm" variant="ghost" disabled={index === 0} onClick={() => move(index, -1)} aria-label={`Naikkan komitmen ${index + 1}`}>
                  ↑
                </Button>
                <Button size="sm" variant="ghost" disabled={index === value.length - 1} onClick={() => move(index, 1)} aria-label={`Turunkan komitmen ${index + 1}`}>
                  ↓
                </Button>
                <Button size="sm" variant="ghost" onClick={() => remove(index)} aria-label={`Hapus komitmen ${index + 1}`}>
                  Hapus
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <div>
        <Button size="sm" variant="secondary" onClick={() => onChange([...value, ""])}>
          Tambah komitmen
        </Button>
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className={styles.error}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
