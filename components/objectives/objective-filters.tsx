import { FilterSelect, RegisterFilters, type SelectOption } from "@/components/ui";
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
    <RegisterFilters
      resetHref="/objectives"
      search={{ value: values.q, placeholder: "Kode, pernyataan atau indikator" }}
      agencies={{ options: agencyOptions, value: values.agencyId }}
      units={{ options: unitOptions, value: values.unitId }}
    >
      <FilterSelect label="Tahun" name="year" id="filter-year" options={[{ value: ALL_YEARS, label: "Semua tahun" }, ...yearOptions]} value={values.year} />
      <FilterSelect label="Perspektif" name="perspective" id="filter-perspective" options={PERSPECTIVE_OPTIONS} placeholder="Semua perspektif" value={values.perspective} />
      <FilterSelect label="Status" name="status" id="filter-status" options={STATUS_OPTIONS} placeholder="Semua status" value={values.status} />
      <FilterSelect label="Capaian" name="achievement" id="filter-achievement" options={ACHIEVEMENT_OPTIONS} placeholder="Semua capaian" value={values.achievement} />
    </RegisterFilters>
  );
}
