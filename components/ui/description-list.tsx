import type { ReactNode } from "react";
import styles from "./description-list.module.css";

export type DescriptionItem = { term: ReactNode; description: ReactNode };

export type DescriptionListProps = { items: DescriptionItem[]; className?: string };

const isBlank = (v: ReactNode) => v === null || v === undefined || v === false || v === "";

/** Term/value pairs for detail pages. A blank value shows "—". */
export function DescriptionList({ items, className }: DescriptionListProps) {
  return (
    <dl className={[styles.list, className].filter(Boolean).join(" ")}>
      {items.map((item, i) => (
        <div key={i} className={styles.item}>
          <dt className={styles.term}>{item.term}</dt>
          <dd className={styles.description}>
            {isBlank(item.description) ? <span className={styles.blank}>—</span> : item.description}
          </dd>
        </div>
      ))}
    </dl>
  );
}
