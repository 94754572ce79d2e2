"use client";
// The file picker in Indonesian: the browser's own control speaks the browser's language
// ("Choose File"). The real <input type="file"> stays (labelled, focusable, setInputFiles works)
// but is transparent over a button-like "Pilih berkas" and the chosen file's name.
import { useLayoutEffect, useRef, useState, type ComponentProps, type Ref } from "react";
import styles from "./file-input.module.css";

export type FileInputProps = Omit<ComponentProps<"input">, "type">;

const NONE = "Belum ada berkas dipilih";

function namesOf(input: HTMLInputElement | null): string {
  const files = input?.files ? [...input.files] : [];
  return files.length === 0 ? NONE : files.map((f) => f.name).join(", ");
}

function assignRef<T>(ref: Ref<T> | undefined, value: T | null) {
  if (typeof ref === "function") ref(value);
  else if (ref) (ref as { current: T | null }).current = value;
}

export function FileInput({ ref, className, onChange, disabled, ...rest }: FileInputProps) {
  const own = useRef<HTMLInputElement | null>(null);
  const [chosen, setChosen] = useState(NONE);

  // A form reset empties the input without a change event.
  useLayoutEffect(() => {
    const now = namesOf(own.current);
    if (now !== chosen) setChosen(now);
  });

  return (
    <div className={[styles.box, disabled ? styles.disabled : "", className].filter(Boolean).join(" ")}>
      <input
        {...rest}
        ref={(element) => {
          own.current = element;
          assignRef(ref, element);
        }}
        type="file"
        disabled={disabled}
        className={styles.input}
        onChange={(event) => {
          setChosen(namesOf(event.target));
          onChange?.(event);
        }}
      />
      <span className={styles.button} aria-hidden="true">
        Pilih berkas
      </span>
      <span className={[styles.name, chosen === NONE ? styles.none : ""].join(" ")} aria-hidden="true">
        {chosen}
      </span>
    </div>
  );
}
