import { FilterBar, FormField, Select, type SelectOption } from "@/components/ui";

/** Choosing whose kebijakan mutu to read, for users who see several agencies. */
export function PolicyAgencyPicker({ options, value }: { options: SelectOption[]; value: string }) {
  return (
    <FilterBar resetHref="/objectives/policy">
      <FormField label="Perangkat Daerah" htmlFor="policy-agency">
        <Select id="policy-agency" name="agencyId" options={options} defaultValue={value} />
      </FormField>
    </FilterBar>
  );
}
