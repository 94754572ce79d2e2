import type { ReactNode } from "react";
import styles from "./empty-state.module.css";

export type EmptyStateProps = { title: ReactNode; description?: ReactNode; action?: ReactNode };

export function EmptyState({ title, description, action }: EmptyStateProps) {
  return (
    <div className={styles.empty}>
      <p className={styles.title}>{title}</p>
      {description && <p className={styles.description}>{description}</p>}
      {action && <div className={styles.action}>{action}</div>}
    </div>
  );
}
