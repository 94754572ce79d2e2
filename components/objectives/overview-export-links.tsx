import { buttonClassName } from "@/components/ui";

export type OverviewExportLinksProps = { year: number; unitId?: string };

/** Plain links (no prefetch) to the export route with the overview's year and unit. */
export function OverviewExportLinks({ year, unitId }: OverviewExportLinksProps) {
  const href = (format: "xlsx" | "csv") =>
    `/objectives/export?${new URLSearchParams({ format, year: String(year), ...(unitId ? { unitId } : {}) })}`;
  return (
    <>
      <a href={href("xlsx")} download className={buttonClassName({ variant: "secondary" })}>
        Unduh XLSX
      </a>
      <a href={href("csv")} download className={buttonClassName({ variant: "secondary" })}>
        Unduh CSV
      </a>
    </>
  );
}
