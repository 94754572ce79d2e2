import { FilterBar, FormField, Input, Select, type SelectOption } from "@/components/ui";
import { CA_STATUSES, CA_STATUS_LABELS } from "@/lib/corrective-actions/constants";

const STATUS_OPTIONS = CA_STATUSES.map((s) => ({ value: s, label: CA_STATUS_LABELS[s] }));
const CATEGORY_OPTIONS = [
  { value: "KTS_MAYOR", label: "KTS Mayor" },
  { value: "KTS_MINOR", label: "KTS Minor" },
];

export type CaFilterValues = {
  q?: string;
  agencyId?: string;
  unitId?: string;
  auditId?: string;
  clauseCode?: string;
  sopId?: string;
  category?: string;
  status?: string;
  overdue?: string;
};

export type CaFiltersProps = {
  values: CaFilterValues;
  resetHref: string;
  agencyOptions: SelectOption[];
  unitOptions: SelectOption[];
  auditOptions: SelectOption[];
  clauseOptions: SelectOption[];
  sopOptions: SelectOption[];
  /** The overdue list fixes the overdue filter. */
  showOverdue?: boolean;
};

/** The filters of the corrective-action register: a GET form, so the query string is the state. */
export function CaFilters({ values, resetHref, agencyOptions, unitOptions, auditOptions, clauseOptions, sopOptions, showOverdue = true }: CaFiltersProps) {
  return (
    <FilterBar resetHref={resetHref}>
      <FormField label="Cari" htmlFor="filter-q">
        <Input id="filter-q" name="q" type="search" defaultValue={values.q ?? ""} placeholder="Nomor atau pernyataan temuan" maxLength={100} />
      </FormField>
      {agencyOptions.length > 1 && (
        <FormField label="Perangkat Daerah" htmlFor="filter-agency">
          <Select id="filter-agency" name="agencyId" options={agencyOptions} placeholder="Semua Perangkat Daerah" defaultValue={values.agencyId ?? ""} />
        </FormField>
      )}
      <FormField label="Unit" htmlFor="filter-unit">
        <Select id="filter-unit" name="unitId" options={unitOptions} placeholder="Semua unit" defaultValue={values.unitId ?? ""} />
      </FormField>
      <FormField label="Audit" htmlFor="filter-audit">
        <Select id="filter-audit" name="auditId" options={auditOptions} placeholder="Semua audit dan sumber" defaultValue={values.auditId ?? ""} />
      </FormField>
      <FormField label="Klausul" htmlFor="filter-clause">
        <Select id="filter-clause" name="clauseCode" options={clauseOptions} placeholder="Semua klausul" defaultValue={values.clauseCode ?? ""} />
      </FormField>
      <FormField label="SOP" htmlFor="filter-sop">
        <Select id="filter-sop" name="sopId" options={sopOptions} placeholder="Semua SOP" defaultValue={values.sopId ?? ""} />
      </FormField>
      <FormField label="Kategori" htmlFor="filter-category">
        <Select id="filter-category" name="category" options={CATEGORY_OPTIONS} placeholder="Semua kategori" defaultValue={values.category ?? ""} />
      </FormField>
      <FormField label="Status" htmlFor="filter-status">
        <Select id="filter-status" name="status" options={STATUS_OPTIONS} placeholder="Semua status" defaultValue={values.status ?? ""} />
      </FormField>
      {showOverdue && (
        <FormField label="Tenggat" htmlFor="filter-overdue">
          <Select id="filter-overdue" name="overdue" options={[{ value: "1", label: "Hanya yang terlambat" }]} placeholder="Semua" defaultValue={values.overdue ?? ""} />
        </FormField>
      )}
    </FilterBar>
  );
}
