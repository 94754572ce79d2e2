// Server-compatible (no "use client"): pages pass `hrefForPage`, a function, which could not cross
// into a client component.
import Link from "next/link";
import styles from "./pagination.module.css";
import { formatNumber } from "@/lib/utils/number";

export type PageItem = number | "ellipsis";

/** Most page buttons shown at once; the list keeps this length so the bar does not jump around. */
const MAX_ITEMS = 7;

/**
 * Page numbers to show for `page` of `pageCount`: always the first and last page, the current page
 * with its neighbours, and "ellipsis" for each gap. An ellipsis always stands for two or more pages.
 */
export function pageWindow(page: number, pageCount: number): PageItem[] {
  const count = Math.max(0, Math.floor(pageCount));
  if (count === 0) return [];
  const current = Math.min(Math.max(1, Math.floor(page) || 1), count);
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

  if (count <= MAX_ITEMS) return range(1, count);
  // 1 … x x x … N: two ends, two ellipses, three around the current page.
  const edge = MAX_ITEMS - 2; // pages shown before the single ellipsis near either end
  if (current <= edge - 1) return [...range(1, edge), "ellipsis", count];
  if (current >= count - edge + 2) return [1, "ellipsis", ...range(count - edge + 1, count)];
  return [1, "ellipsis", current - 1, current, current + 1, "ellipsis", count];
}

/**
 * `basePath` with a query string made of `params` updated by `overrides`. An override of
 * `undefined` removes that key; keys whose value is empty are dropped. Array values (as in Next's
 * `searchParams`) become repeated keys.
 */
/** Links of a filtered list's pages: the list's own query, with `page` (none for page 1). */
export function pageHref(basePath: string, params: Record<string, string | string[] | undefined>) {
  return (page: number) => buildHref(basePath, params, { page: page === 1 ? undefined : String(page) });
}

export function buildHref(
  basePath: string,
  params: Record<string, string | string[] | undefined>,
  overrides: Record<string, string | undefined> = {},
): string {
  const merged: Record<string, string | string[] | undefined> = { ...params, ...overrides };
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v !== undefined && v.trim() !== "") query.append(key, v);
    }
  }
  const qs = query.toString();
  if (!qs) return basePath;
  return `${basePath}${basePath.includes("?") ? "&" : "?"}${qs}`;
}


export type PaginationProps = {
  /** 1-based current page. */
  page: number;
  pageSize: number;
  total: number;
  hrefForPage: (page: number) => string;
};

/** "Menampilkan 21–40 dari 135" with previous/next links and page numbers. Renders nothing when `total` is 0. */
export function Pagination({ page, pageSize, total, hrefForPage }: PaginationProps) {
  if (total <= 0 || pageSize <= 0) return null;
  const pageCount = Math.ceil(total / pageSize);
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const from = (current - 1) * pageSize + 1;
  const to = Math.min(current * pageSize, total);

  return (
    <nav className={styles.pagination} aria-label="Navigasi halaman">
      <p className={styles.summary}>
        {`Menampilkan ${formatNumber(from)}–${formatNumber(to)} dari ${formatNumber(total)}`}
      </p>
      {pageCount > 1 && (
        <ul className={styles.pages}>
          <li>
            {current > 1 ? (
              <Link className={styles.link} href={hrefForPage(current - 1)} rel="prev">
                Sebelumnya
              </Link>
            ) : (
              <span className={styles.link} aria-disabled="true">
                Sebelumnya
              </span>
            )}
          </li>
          {pageWindow(current, pageCount).map((item, i) =>
            item === "ellipsis" ? (
              <li key={`gap-${i}`} className={styles.ellipsis} aria-hidden="true">
                …
              </li>
            ) : (
              <li key={item}>
                {item === current ? (
                  <span className={styles.link} aria-current="page">
                    <span className="visually-hidden">Halaman </span>
                    {item}
                  </span>
                ) : (
                  <Link className={styles.link} href={hrefForPage(item)}>
                    <span className="visually-hidden">Halaman </span>
                    {item}
                  </Link>
                )}
              </li>
            ),
          )}
          <li>
            {current < pageCount ? (
              <Link className={styles.link} href={hrefForPage(current + 1)} rel="next">
                Berikutnya
              </Link>
            ) : (
              <span className={styles.link} aria-disabled="true">
                Berikutnya
              </span>
            )}
          </li>
        </ul>
      )}
    </nav>
  );
}
