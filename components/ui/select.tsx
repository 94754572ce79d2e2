import type { ComponentProps } from "react";
import styles from "./control.module.css";

export type SelectOption = { value: string; label: string; disabled?: boolean };

export type SelectProps = Omit<ComponentProps<"select">, "children"> & {
  options: readonly SelectOption[];
  /** First option with an empty value, e.g. "Pilih unit" or "Semua status". It stays selectable so
   *  filters can return to "all"; a required field rejects the empty value in its schema. */
  placeholder?: string;
};

export function Select({ options, placeholder, className, ...rest }: SelectProps) {
  return (
    <select {...rest} className={[styles.control, styles.select, className].filter(Boolean).join(" ")}>
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value} disabled={o.disabled}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
