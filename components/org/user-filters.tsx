import { FilterBar, SelectField, TextField, type SelectOption } from "@/components/ui";
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
      <TextField
        id="filter-q"
        label="Cari"
        name="q"
        type="search"
        defaultValue={query.q ?? ""}
        placeholder="Nama, NIP, email atau jabatan"
        maxLength={100}
      />
      <SelectField id="filter-unit" label="Unit" name="unitId" options={unitOptions} placeholder="Semua unit" defaultValue={query.unitId ?? ""} />
      <SelectField id="filter-role" label="Peran" name="role" options={ROLE_OPTIONS} placeholder="Semua peran" defaultValue={query.role ?? ""} />
      <SelectField id="filter-status" label="Status" name="status" options={STATUS_OPTIONS} defaultValue={query.status} />
    </FilterBar>
  );
}
