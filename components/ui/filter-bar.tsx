import type { ReactNode } from "react";
import { Button, LinkButton } from "./button";
import styles from "./filter-bar.module.css";

export type FilterBarProps = {
  /** The filter controls, each with a `name` (becomes the query parameter). */
  children: ReactNode;
  /** Where "Atur ulang" leads: usually the list path without a query. */
  resetHref: string;
  /** Filters from a link that have no field here: kept as hidden fields and named. */
  carried?: readonly { name: string; value: string; label: string }[];
};

/**
 * Plain GET form: submitting reloads the current path with the fields as query parameters. Works
 * without JavaScript, and drops parameters that are not fields (such as `page`), so the list
 * starts again at page 1.
 */
export function FilterBar({ children, resetHref, carried = [] }: FilterBarProps) {
  const labels = carried.map((c) => c.label).filter(Boolean);
  return (
    <form method="get" role="search" aria-label="Penyaring" className={styles.bar}>
      {carried.map((c) => (
        <input key={c.name} type="hidden" name={c.name} value={c.value} />
      ))}
      <div className={styles.fields}>{children}</div>
      <div className={styles.actions}>
        <Button type="submit" variant="primary">
          Terapkan
        </Button>
        <LinkButton href={resetHref} variant="ghost">
          Atur ulang
        </LinkButton>
      </div>
      {labels.length > 0 && <p className={styles.carried}>Juga disaring: {labels.join(" · ")}</p>}
    </form>
  );
}
