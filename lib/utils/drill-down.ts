// The filters a dashboard tile or a review figure puts in a list's link that the list's filter bar
// has no field for (only open records, a period, held audits, SOPs due for review). The filter bar
// carries them as hidden fields and names them, so changing another filter keeps them.
import { formatDate } from "./format";

export interface CarriedFilter {
  name: string;
  value: string;
  label: string;
}

const FLAGS: Record<string, string> = {
  open: "Hanya yang masih terbuka",
  held: "Sudah dilaksanakan",
  active: "Sedang berjalan",
  reviewDue: "Perlu ditinjau ulang",
};

const day = (iso: string) => formatDate(new Date(`${iso}T00:00:00.000Z`));

/** The carried filters of a parsed list query, in a stable order, each with its Indonesian label. */
export function carriedFilters(query: Partial<Record<"open" | "held" | "active" | "reviewDue" | "from" | "to", string | undefined>>): CarriedFilter[] {
  const carried: CarriedFilter[] = [];
  for (const name of ["open", "held", "active", "reviewDue"] as const) {
    const value = query[name];
    if (value) carried.push({ name, value, label: FLAGS[name] });
  }
  if (query.from && query.to) carried.push({ name: "from", value: query.from, label: `Periode ${day(query.from)} – ${day(query.to)}` }, { name: "to", value: query.to, label: "" });
  else if (query.from) carried.push({ name: "from", value: query.from, label: `Sejak ${day(query.from)}` });
  else if (query.to) carried.push({ name: "to", value: query.to, label: `Sampai ${day(query.to)}` });
  return carried;
}
