import { FilterBar, FormField, Input, Select, type SelectOption } from "@/components/ui";
import { IKM_CATEGORIES, IKM_CATEGORY_LABELS } from "@/lib/satisfaction/constants";

const CATEGORY_OPTIONS = IKM_CATEGORIES.map((c) => ({ value: c, label: `${c} · ${IKM_CATEGORY_LABELS[c]}` }));

export type SurveyFilterValues = { agencyId?: string; unitId?: string; year?: number; category?: string; from?: string; to?: string };

/** The filters of the SKM list: a GET form, so the query string is the state. */
export function SurveyFilters({ values, agencyOptions, unitOptions, yearOptions }: { values: SurveyFilterValues; agencyOptions: SelectOption[]; unitOptions: SelectOption[]; yearOptions: SelectOption[] }) {
  return (
    <FilterBar resetHref="/satisfaction">
      {agencyOptions.length > 1 && (
        <FormField label="Perangkat Daerah" htmlFor="filter-agency">
          <Select id="filter-agency" name="agencyId" options={agencyOptions} placeholder="Semua Perangkat Daerah" defaultValue={values.agencyId ?? ""} />
        </FormField>
      )}
      <FormField label="Unit" htmlFor="filter-unit">
        <Select id="filter-unit" name="unitId" options={unitOptions} placeholder="Semua unit" defaultValue={values.unitId ?? ""} />
      </FormField>
      <FormField label="Tahun" htmlFor="filter-year">
        <Select id="filter-year" name="year" options={yearOptions} placeholder="Semua tahun" defaultValue={values.year ? String(values.year) : ""} />
      </FormField>
      <FormField label="Mutu pelayanan" htmlFor="filter-category">
        <Select id="filter-category" name="category" options={CATEGORY_OPTIONS} placeholder="Semua kategori" defaultValue={values.category ?? ""} />
      </FormField>
      <FormField label="Periode berakhir sejak" htmlFor="filter-from">
        <Input id="filter-from" name="from" type="date" defaultValue={values.from ?? ""} />
      </FormField>
      <FormField label="Periode berakhir sampai" htmlFor="filter-to">
        <Input id="filter-to" name="to" type="date" defaultValue={values.to ?? ""} />
      </FormField>
    </FilterBar>
  );
}
