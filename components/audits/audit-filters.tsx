import { FilterBar, FormField, Input, Select, type FilterBarProps, type SelectOption } from "@/components/ui";
import { AUDIT_STATUSES, AUDIT_STATUS_LABELS, AUDIT_TYPES, AUDIT_TYPE_LABELS } from "@/lib/audits/constants";

const STATUS_OPTIONS = AUDIT_STATUSES.map((s) => ({ value: s, label: AUDIT_STATUS_LABELS[s] }));
const TYPE_OPTIONS = AUDIT_TYPES.map((t) => ({ value: t, label: AUDIT_TYPE_LABELS[t] }));

export type AuditFilterValues = { q?: string; year?: string; status?: string; type?: string; unitId?: string };

/** The filters of the audit list: a GET form, so the query string is the state. */
export function AuditFilters({ values, yearOptions, unitOptions, carried }: { values: AuditFilterValues; yearOptions: SelectOption[]; unitOptions: SelectOption[]; carried?: FilterBarProps["carried"] }) {
  return (
    <FilterBar resetHref="/audits" carried={carried}>
      <FormField label="Cari" htmlFor="filter-q">
        <Input id="filter-q" name="q" type="search" defaultValue={values.q ?? ""} placeholder="Nomor atau judul" maxLength={100} />
      </FormField>
      <FormField label="Tahun" htmlFor="filter-year">
        <Select id="filter-year" name="year" options={yearOptions} placeholder="Semua tahun" defaultValue={values.year ?? ""} />
      </FormField>
      <FormField label="Unit auditi" htmlFor="filter-unit">
        <Select id="filter-unit" name="unitId" options={unitOptions} placeholder="Semua unit" defaultValue={values.unitId ?? ""} />
      </FormField>
      <FormField label="Jenis" htmlFor="filter-type">
        <Select id="filter-type" name="type" options={TYPE_OPTIONS} placeholder="Semua jenis" defaultValue={values.type ?? ""} />
      </FormField>
      <FormField label="Status" htmlFor="filter-status">
        <Select id="filter-status" name="status" options={STATUS_OPTIONS} placeholder="Semua status" defaultValue={values.status ?? ""} />
      </FormField>
    </FilterBar>
  );
}
