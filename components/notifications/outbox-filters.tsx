import { FilterBar, FormField, Select } from "@/components/ui";
import { OUTBOX_STATUSES, OUTBOX_STATUS_LABELS } from "@/lib/notifications/constants";

const STATUS_OPTIONS = OUTBOX_STATUSES.map((s) => ({ value: s, label: OUTBOX_STATUS_LABELS[s] }));

/** The status filter of the outbox: a GET form, so the query string is the state. */
export function OutboxFilters({ status }: { status?: string }) {
  return (
    <FilterBar resetHref="/admin/outbox">
      <FormField label="Status" htmlFor="filter-status">
        <Select id="filter-status" name="status" options={STATUS_OPTIONS} placeholder="Semua status" defaultValue={status ?? ""} />
      </FormField>
    </FilterBar>
  );
}
