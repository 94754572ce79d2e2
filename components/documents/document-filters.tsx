import { FilterSelect, RegisterFilters, type SelectOption } from "@/components/ui";
import {
  DOCUMENT_ACCESSES,
  DOCUMENT_ACCESS_LABELS,
  DOCUMENT_STATUSES,
  DOCUMENT_STATUS_LABELS,
  DOCUMENT_TYPES,
  DOCUMENT_TYPE_LABELS,
} from "@/lib/documents/constants";

const TYPE_OPTIONS = DOCUMENT_TYPES.map((t) => ({ value: t, label: DOCUMENT_TYPE_LABELS[t] }));
const STATUS_OPTIONS = DOCUMENT_STATUSES.map((s) => ({ value: s, label: DOCUMENT_STATUS_LABELS[s] }));
const ACCESS_OPTIONS = DOCUMENT_ACCESSES.map((a) => ({ value: a, label: DOCUMENT_ACCESS_LABELS[a] }));

export type DocumentFilterValues = { q?: string; agencyId?: string; unitId?: string; type?: string; status?: string; access?: string };

/** The filters of the register: a GET form, so the query string is the state. */
export function DocumentFilters({ values, agencyOptions, unitOptions }: { values: DocumentFilterValues; agencyOptions: SelectOption[]; unitOptions: SelectOption[] }) {
  return (
    <RegisterFilters
      resetHref="/documents"
      search={{ value: values.q, placeholder: "Kode atau judul dokumen" }}
      agencies={{ options: agencyOptions, value: values.agencyId }}
      units={{ options: unitOptions, value: values.unitId }}
    >
      <FilterSelect label="Jenis" name="type" id="filter-type" options={TYPE_OPTIONS} placeholder="Semua jenis" value={values.type} />
      <FilterSelect label="Status" name="status" id="filter-status" options={STATUS_OPTIONS} placeholder="Semua status" value={values.status} />
      <FilterSelect label="Kelas akses" name="access" id="filter-access" options={ACCESS_OPTIONS} placeholder="Semua kelas" value={values.access} />
    </RegisterFilters>
  );
}
