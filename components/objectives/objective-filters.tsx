import { FilterBar, FormField, Input, Select, type SelectOption } from "@/components/ui";
import {
  ACHIEVEMENTS,
  ACHIEVEMENT_LABELS,
  OBJECTIVE_STATUSES,
  OBJECTIVE_STATUS_LABELS,
  PERSPECTIVES,
  PERSPECTIVE_LABELS,
} from "@/lib/objectives/constants";

/** Value of the "Tahun" filter that means every year (no value means the current year). */
export const ALL_YEARS = "semua";

const PERSPECTIVE_OPTIONS = PERSPECTIVES.map((p) => ({ value: p, label: PERSPECTIVE_LABELS[p] }));
const STATUS_OPTIONS = OBJECTIVE_STATUSES.map((s) => ({ value: s, label: OBJECTIVE_STATUS_LABELS[s] }));
const ACHIEVEMENT_OPTIONS = ACHIEVEMENTS.map((a) => ({ value: a, label: ACHIEVEMENT_LABELS[a] }));

export type ObjectiveFilterValues = {
  q?: string;
  agencyId?: string;
  unitId?: string;
  /** A year or ALL_YEARS. */
  year: string;
  perspective?: string;
  status?: string;
  achievement?: string;
};

export type ObjectiveFiltersProps = {
  values: ObjectiveFilterValues;
  agencyOptions: SelectOption[];
  unitOptions: SelectOption[];
  yearOptions: SelectOption[];
};

/** The filters of the sasaran mutu list: a GET form, so the query string is the state. */
export function ObjectiveFilters({ values, agencyOptions, unitOptions, yearOptions }: ObjectiveFiltersProps) {
  return (
    <FilterBar resetHref="/objectives">
      <FormField label="Cari" htmlFor="filter-q">
        <Input id="filter-q" name="q" type="search" defaultValue={values.q ?? ""} placeholder="Kode, pernyataan atau indikator" maxLength={100} />
      </FormField>
      {agencyOptions.length > 0 && (
        <FormField label="Perangkat Daerah" htmlFor="filter-agency">
          <Select id="filter-agency" name="agencyId" options={agencyOptions} placeholder="Semua Perangkat Daerah" defaultValue={values.agencyId ?? ""} />
        </FormField>
      )}
      <FormField label="Unit" htmlFor="filter-unit">
        <Select id="filter-unit" name="unitId" options={unitOptions} placeholder="Semua unit" defaultValue={values.unitId ?? ""} />
      </FormField>
      <FormField label="Tahun" htmlFor="filter-year">
        <Select id="filter-year" name="year" options={[{ value: ALL_YEARS, label: "Semua tahun" }, ...yearOptions]} defaultValue={values.year} />
      </FormField>
      <FormField label="Perspektif" htmlFor="filter-perspective">
        <Select id="filter-perspective" name="perspective" options={PERSPECTIVE_OPTIONS} placeholder="Semua perspektif" defaultValue={values.perspective ?? ""} />
      </FormField>
      <FormField label="Status" htmlFor="filter-status">
        <Select id="filter-status" name="status" options={STATUS_OPTIONS} placeholder="Semua status" defaultValue={values.status ?? ""} />
      </FormField>
      <FormField label="Capaian" htmlFor="filter-achievement">
        <Select id="filter-achievement" name="achievement" options={ACHIEVEMENT_OPTIONS} placeholder="Semua capaian" defaultValue={values.achievement ?? ""} />
      </FormField>
    </FilterBar>
  );
}
