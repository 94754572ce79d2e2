import { FilterBar, FormField, Input, Select, type FilterBarProps, type SelectOption } from "@/components/ui";
import {
  AGE_BUCKETS, AGE_BUCKET_LABELS, FINDING_CATEGORIES, FINDING_CATEGORY_LABELS, FINDING_SOURCES, FINDING_SOURCE_LABELS,
  FINDING_STATUSES, FINDING_STATUS_LABELS,
} from "@/lib/findings/constants";

const options = <T extends string>(values: readonly T[], labels: Record<T, string>): SelectOption[] => values.map((v) => ({ value: v, label: labels[v] }));

export type FindingFilterValues = Partial<Record<"q" | "agencyId" | "unitId" | "auditId" | "sopId" | "clauseCode" | "category" | "status" | "source" | "age" | "overdue", string>>;

export type FindingFiltersProps = {
  carried?: FilterBarProps["carried"];
  values: FindingFilterValues;
  agencyOptions: SelectOption[];
  unitOptions: SelectOption[];
  auditOptions: SelectOption[];
  sopOptions: SelectOption[];
  clauseOptions: SelectOption[];
};

/** The register's filters: a GET form, so the query string is the state. */
export function FindingFilters({ values, agencyOptions, unitOptions, auditOptions, sopOptions, clauseOptions, carried }: FindingFiltersProps) {
  const select = (id: string, name: keyof FindingFilterValues, label: string, opts: SelectOption[], placeholder: string) => (
    <FormField label={label} htmlFor={id}>
      <Select id={id} name={name} options={opts} placeholder={placeholder} defaultValue={values[name] ?? ""} />
    </FormField>
  );
  return (
    <FilterBar resetHref="/findings" carried={carried}>
      <FormField label="Cari" htmlFor="filter-q">
        <Input id="filter-q" name="q" type="search" defaultValue={values.q ?? ""} placeholder="Nomor, pernyataan atau bukti" maxLength={100} />
      </FormField>
      {agencyOptions.length > 1 && select("filter-agency", "agencyId", "Perangkat Daerah", agencyOptions, "Semua Perangkat Daerah")}
      {select("filter-unit", "unitId", "Unit", unitOptions, "Semua unit")}
      {auditOptions.length > 0 && select("filter-audit", "auditId", "Audit", auditOptions, "Semua audit")}
      {select("filter-clause", "clauseCode", "Klausul", clauseOptions, "Semua klausul")}
      {sopOptions.length > 0 && select("filter-sop", "sopId", "SOP", sopOptions, "Semua SOP")}
      {select("filter-category", "category", "Kategori", options(FINDING_CATEGORIES, FINDING_CATEGORY_LABELS), "Semua kategori")}
      {select("filter-status", "status", "Status", options(FINDING_STATUSES, FINDING_STATUS_LABELS), "Semua status")}
      {select("filter-source", "source", "Sumber", options(FINDING_SOURCES, FINDING_SOURCE_LABELS), "Semua sumber")}
      {select("filter-age", "age", "Umur", options(AGE_BUCKETS, AGE_BUCKET_LABELS), "Semua umur")}
      {select("filter-overdue", "overdue", "Batas waktu", [{ value: "1", label: "Hanya yang terlambat" }], "Semua")}
    </FilterBar>
  );
}
