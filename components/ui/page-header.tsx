import Link from "next/link";
import type { ReactNode } from "react";
import styles from "./page-header.module.css";

export type Breadcrumb = { href?: string; label: string };

export type PageHeaderProps = {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  /** Trail above the title; the last crumb is the current page and is usually given without href. */
  breadcrumbs?: Breadcrumb[];
  /** The full title as text, for the tooltip of a long title that is clamped; defaults to `title` when it is a string. */
  titleText?: string;
};

/** Long titles and crumbs are clamped (CSS); the full text stays in the title attribute. */

export function PageHeader({ title, description, actions, breadcrumbs, titleText }: PageHeaderProps) {
  const fullTitle = titleText ?? (typeof title === "string" ? title : undefined);
  return (
    <header className={styles.header}>
      {breadcrumbs && breadcrumbs.length > 0 && (
        <nav aria-label="Jejak navigasi" className={styles.breadcrumbs}>
          <ol>
            {breadcrumbs.map((crumb, i) => {
              const last = i === breadcrumbs.length - 1;
              return (
                <li key={`${i}-${crumb.label}`}>
                  {crumb.href && !last ? (
                    <Link href={crumb.href} className={styles.crumb} title={crumb.label}>
                      {crumb.label}
                    </Link>
                  ) : (
                    <span aria-current={last ? "page" : undefined} className={styles.crumb} title={crumb.label}>
                      {crumb.label}
                    </span>
                  )}
                </li>
              );
            })}
          </ol>
        </nav>
      )}
      <div className={styles.main}>
        <div className={styles.text}>
          <h1 className={styles.title} title={fullTitle}>
            {title}
          </h1>
          {description && <p className={styles.description}>{description}</p>}
        </div>
        {actions && <div className={styles.actions}>{actions}</div>}
      </div>
    </header>
  );
}
