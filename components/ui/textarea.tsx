import type { ComponentProps } from "react";
import styles from "./control.module.css";

export type TextareaProps = ComponentProps<"textarea">;

export function Textarea({ className, rows = 4, ...rest }: TextareaProps) {
  return (
    <textarea
      {...rest}
      rows={rows}
      className={[styles.control, styles.textarea, className].filter(Boolean).join(" ")}
    />
  );
}
