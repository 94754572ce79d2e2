import type { ReactNode } from "react";
import { Button } from "./button";
import styles from "./error-panel.module.css";

export type ErrorPanelProps = {
  title?: ReactNode;
  description?: ReactNode;
  /** Identifier of the failure in the server log (Next.js's error digest), shown for support. */
  reference?: string;
  onRetry: () => void;
  /** A way out besides retrying, e.g. a link back to the dashboard. */
  secondaryAction?: ReactNode;
  headingLevel?: 1 | 2;
};

/** What a page shows instead of its content when rendering it failed unexpectedly. */
export function ErrorPanel({
  title = "Server sedang bermasalah",
  description = "Halaman ini tidak dapat dimuat saat ini. Data Anda tidak berubah. Coba lagi sebentar lagi; bila masalah berlanjut, hubungi administrator portal.",
  reference,
  onRetry,
  secondaryAction,
  headingLevel = 1,
}: ErrorPanelProps) {
  const Title = `h${headingLevel}` as const;
  return (
    <div className={styles.panel} role="alert">
      <Title className={styles.title}>{title}</Title>
      <p className={styles.description}>{description}</p>
      {reference && <p className={styles.reference}>Kode kejadian: {reference}</p>}
      <div className={styles.actions}>
        <Button onClick={onRetry}>Coba lagi</Button>
        {secondaryAction}
      </div>
    </div>
  );
}
