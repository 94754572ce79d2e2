import type { ComponentProps, ReactNode } from "react";
import styles from "./checkbox.module.css";

export type CheckboxProps = Omit<ComponentProps<"input">, "type"> & {
  label: ReactNode;
};

/** Checkbox with its label wrapped around it, so clicking the text toggles it. */
export function Checkbox({ label, className, ...rest }: CheckboxProps) {
  return (
    <label className={[styles.wrapper, className].filter(Boolean).join(" ")}>
      <input {...rest} type="checkbox" className={styles.box} />
      <span className={styles.label}>{label}</span>
    </label>
  );
}
