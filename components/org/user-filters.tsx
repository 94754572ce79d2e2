import { FilterBar, FormField, Input, Select, type SelectOption } from "@/components/ui";
import { ROLES, ROLE_LABELS } from "@/lib/auth/roles";
import type { UserListQuery } from "@/lib/org/schema";

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
const STATUS_OPTIONS = [
  { value: "aktif", label: "Aktif" },
  { value: "nonaktif", label: "Nonaktif" },
  { value: "semua", label: "Semua" },
];

/** The filters of the user list: a GET form, so the query string is the state. */
export function UserFilters({ query, unitOptions }: { query: UserListQuery; unitOptions: SelectOption[] }) {
  return (
    <FilterBar resetHref="/admin/users">
      <FormField label="Cari" htmlFor="filter-q">
        <Input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={query.q ?? ""}
          placeholder="Nama, NIP, email atau jabatan"
          maxLength={100}
        />
      </FormField>
      <FormField label="Unit" htmlFor="filter-unit">
        <Select id="filter-unit" name="unitId" options={unitOptions} placeholder="Semua unit" defaultValue={query.unitId ?? ""} />
      </FormField>
      <FormField label="Peran" htmlFor="filter-role">
        <Select id="filter-role" name="role" options={ROLE_OPTIONS} placeholder="Semua peran" defaultValue={query.role ?? ""} />
      </FormField>
      <FormField label="Status" htmlFor="filter-status">
        <Select id="filter-status" name="status" options={STATUS_OPTIONS} defaultValue={query.status} />
      </FormField>
    </FilterBar>
  );
}
