import type { ReactNode } from "react";
import type { Tone } from "./badge";
import styles from "./alert.module.css";

export type AlertTone = Exclude<Tone, "neutral">;

export type AlertProps = { tone?: AlertTone; title?: ReactNode; children?: ReactNode; className?: string };

/** Message box. Danger alerts use role="alert" (announced at once); the others role="status". */
export function Alert({ tone = "info", title, children, className }: AlertProps) {
  return (
    <div
      role={tone === "danger" ? "alert" : "status"}
      className={[styles.alert, styles[tone], className].filter(Boolean).join(" ")}
    >
      {title && <p className={styles.title}>{title}</p>}
      {children && <div className={styles.body}>{children}</div>}
    </div>
  );
}
