import { FilterBar, SelectField, type SelectOption } from "@/components/ui";

export type OverviewFiltersProps = {
  /** The unit applied; "" for every unit the reader may see. */
  unitId: string;
  year: number;
  unitOptions: SelectOption[];
  years: number[];
};

/** Unit and year of the overview: a GET form, so the query string is the state. */
export function OverviewFilters({ unitId, year, unitOptions, years }: OverviewFiltersProps) {
  return (
    <FilterBar resetHref="/objectives/overview">
      <SelectField
        id="filter-unit"
        name="unitId"
        label="Unit"
        options={unitOptions}
        placeholder="Semua unit"
        defaultValue={unitId}
      />
      <SelectField
        id="filter-year"
        name="year"
        label="Tahun"
        options={years.map((y) => ({ value: String(y), label: String(y) }))}
        defaultValue={String(year)}
      />
    </FilterBar>
  );
}
