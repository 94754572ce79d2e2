import type { ReactNode } from "react";
import styles from "./badge.module.css";

export type Tone = "neutral" | "info" | "success" | "warning" | "danger";

export type BadgeProps = { tone?: Tone; children: ReactNode; className?: string };

export function Badge({ tone = "neutral", children, className }: BadgeProps) {
  return <span className={[styles.badge, styles[tone], className].filter(Boolean).join(" ")}>{children}</span>;
}
