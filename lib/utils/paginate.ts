// The one way lists page through the database: count, clamp the page into range (a page past the
// end shows the last page, never "nothing found" beside a count), then fetch that page's rows.

export interface Page<T> {
  rows: T[];
  total: number;
  /** The page shown, after clamping. */
  page: number;
  pageSize: number;
  pageCount: number;
}

export async function paginate<T>(
  requested: number,
  pageSize: number,
  count: () => Promise<number>,
  fetch: (skip: number, take: number) => Promise<T[]>,
): Promise<Page<T>> {
  const total = await count();
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.floor(requested) || 1), pageCount);
  const rows = total === 0 ? [] : await fetch((page - 1) * pageSize, pageSize);
  return { rows, total, page, pageSize, pageCount };
}
