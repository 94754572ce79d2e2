import { FilterSelect, RegisterFilters, type FilterBarProps, type SelectOption } from "@/components/ui";
import { CA_STATUSES, CA_STATUS_LABELS } from "@/lib/corrective-actions/constants";

const STATUS_OPTIONS = CA_STATUSES.map((s) => ({ value: s, label: CA_STATUS_LABELS[s] }));
const CATEGORY_OPTIONS = [
  { value: "KTS_MAYOR", label: "KTS Mayor" },
  { value: "KTS_MINOR", label: "KTS Minor" },
];
const OVERDUE_OPTIONS = [{ value: "1", label: "Hanya yang terlambat" }];

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
  carried?: FilterBarProps["carried"];
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
export function CaFilters({ values, resetHref, agencyOptions, unitOptions, auditOptions, clauseOptions, sopOptions, showOverdue = true, carried }: CaFiltersProps) {
  return (
    <RegisterFilters
      carried={carried}
      resetHref={resetHref}
      search={{ value: values.q, placeholder: "Nomor atau pernyataan temuan" }}
      agencies={{ options: agencyOptions.length > 1 ? agencyOptions : [], value: values.agencyId }}
      units={{ options: unitOptions, value: values.unitId }}
    >
      <FilterSelect label="Audit" name="auditId" id="filter-audit" options={auditOptions} placeholder="Semua audit dan sumber" value={values.auditId} />
      <FilterSelect label="Klausul" name="clauseCode" id="filter-clause" options={clauseOptions} placeholder="Semua klausul" value={values.clauseCode} />
      <FilterSelect label="SOP" name="sopId" id="filter-sop" options={sopOptions} placeholder="Semua SOP" value={values.sopId} />
      <FilterSelect label="Kategori" name="category" id="filter-category" options={CATEGORY_OPTIONS} placeholder="Semua kategori" value={values.category} />
      <FilterSelect label="Status" name="status" id="filter-status" options={STATUS_OPTIONS} placeholder="Semua status" value={values.status} />
      {showOverdue && (
        <FilterSelect label="Tenggat" name="overdue" id="filter-overdue" options={OVERDUE_OPTIONS} placeholder="Semua" value={values.overdue} />
      )}
    </RegisterFilters>
  );
}
