import type { ReactNode } from "react";
import { Button, LinkButton } from "./button";
import styles from "./filter-bar.module.css";

export type FilterBarProps = {
  /** The filter controls, each with a `name` (becomes the query parameter). */
  children: ReactNode;
  /** Where "Atur ulang" leads: usually the list path without a query. */
  resetHref: string;
};

/**
 * Plain GET form: submitting reloads the current path with the fields as query parameters. Works
 * without JavaScript, and drops parameters that are not fields (such as `page`), so the list
 * starts again at page 1.
 */
export function FilterBar({ children, resetHref }: FilterBarProps) {
  return (
    <form method="get" role="search" aria-label="Penyaring" className={styles.bar}>
      <div className={styles.fields}>{children}</div>
      <div className={styles.actions}>
        <Button type="submit" variant="primary">
          Terapkan
        </Button>
        <LinkButton href={resetHref} variant="ghost">
          Atur ulang
        </LinkButton>
      </div>
    </form>
  );
}
