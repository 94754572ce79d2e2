import type { ReactNode } from "react";
import { FilterBar, type FilterBarProps } from "./filter-bar";
import { FormField } from "./form-field";
import { Input } from "./input";
import { Select, type SelectOption } from "./select";

export type FilterSelectProps = {
  label: string;
  /** The query parameter. */
  name: string;
  id: string;
  options: readonly SelectOption[];
  /** The "all" option with an empty value; without it one option is always chosen. */
  placeholder?: string;
  value: string | undefined;
};

/** One labelled select of a register's filters. */
export function FilterSelect({ label, name, id, options, placeholder, value }: FilterSelectProps) {
  return (
    <FormField label={label} htmlFor={id}>
      <Select id={id} name={name} options={options} placeholder={placeholder} defaultValue={value ?? ""} />
    </FormField>
  );
}

export type RegisterFiltersProps = {
  resetHref: string;
  /** The "Cari" field (query parameter `q`). */
  search: { value: string | undefined; placeholder: string };
  /** The "Perangkat Daerah" select (`agencyId`), left out when there are no options. */
  agencies: { options: SelectOption[]; value: string | undefined };
  /** The "Unit" select (`unitId`). */
  units: { options: SelectOption[]; value: string | undefined };
  /** The register's own filters, after the unit. */
  children: ReactNode;
  /** Filters from a drill-down link without a field here (see FilterBar). */
  carried?: FilterBarProps["carried"];
};

/**
 * The filters every register starts with (search, Perangkat Daerah, unit) in a GET form, so the
 * query string is the state; the register adds its own fields as children.
 */
export function RegisterFilters({ resetHref, search, agencies, units, children, carried }: RegisterFiltersProps) {
  return (
    <FilterBar resetHref={resetHref} carried={carried}>
      <FormField label="Cari" htmlFor="filter-q">
        <Input id="filter-q" name="q" type="search" defaultValue={search.value ?? ""} placeholder={search.placeholder} maxLength={100} />
      </FormField>
      {agencies.options.length > 0 && (
        <FilterSelect label="Perangkat Daerah" name="agencyId" id="filter-agency" options={agencies.options} placeholder="Semua Perangkat Daerah" value={agencies.value} />
      )}
      <FilterSelect label="Unit" name="unitId" id="filter-unit" options={units.options} placeholder="Semua unit" value={units.value} />
      {children}
    </FilterBar>
  );
}
