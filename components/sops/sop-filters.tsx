import { FilterBar, FormField, Input, Select, type FilterBarProps, type SelectOption } from "@/components/ui";
import { SOP_SORTS, SOP_SORT_LABELS, type SopSort } from "@/lib/sops/constants";

/** Value of the "Perangkat Daerah" filter that means every agency (no filter). */
export const ALL_AGENCIES = "semua";

const SORT_OPTIONS: SelectOption[] = SOP_SORTS.map((sort) => ({ value: sort, label: SOP_SORT_LABELS[sort] }));

export type SopFiltersProps = {
  carried?: FilterBarProps["carried"];
  q: string | undefined;
  /** The agency filter as applied: an agency id or ALL_AGENCIES. */
  agencyValue: string;
  unitId: string | undefined;
  sort: SopSort | undefined;
  agencyOptions: SelectOption[];
  unitOptions: SelectOption[];
};

/** The filters of the SOP catalogue: a GET form, so the query string is the state. */
export function SopFilters({ q, agencyValue, unitId, sort, agencyOptions, unitOptions, carried }: SopFiltersProps) {
  return (
    <FilterBar resetHref="/sops" carried={carried}>
      <FormField label="Cari" htmlFor="filter-q">
        <Input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={q ?? ""}
          placeholder="Nama, langkah, dasar hukum…"
          maxLength={200}
        />
      </FormField>
      <FormField label="Perangkat Daerah" htmlFor="filter-agency">
        <Select
          id="filter-agency"
          name="agencyId"
          options={[{ value: ALL_AGENCIES, label: "Semua Perangkat Daerah" }, ...agencyOptions]}
          defaultValue={agencyValue}
        />
      </FormField>
      <FormField label="Unit" htmlFor="filter-unit">
        <Select id="filter-unit" name="unitId" options={unitOptions} placeholder="Semua unit" defaultValue={unitId ?? ""} />
      </FormField>
      <FormField label="Urutkan" htmlFor="filter-sort">
        <Select
          id="filter-sort"
          name="sort"
          options={SORT_OPTIONS}
          placeholder="Otomatis"
          title="Otomatis: paling relevan saat mencari, selain itu menurut nama"
          defaultValue={sort ?? ""}
        />
      </FormField>
    </FilterBar>
  );
}
