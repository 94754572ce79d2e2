import type { UseFormRegisterReturn } from "react-hook-form";
import { TextField } from "@/components/ui";

type UnitDetailField = "name" | "shortName" | "code";

export type UnitDetailFieldsProps = {
  field: (name: UnitDetailField) => UseFormRegisterReturn;
  errors: Partial<Record<UnitDetailField, { message?: string }>>;
};

const CODE_HINT = "Huruf kecil, angka, titik dan tanda hubung, mis. ntt.dinsos.";

/** Name, short name and code of a unit, as both the create and the edit form ask for them. */
export function UnitDetailFields({ field, errors }: UnitDetailFieldsProps) {
  return (
    <>
      <TextField id="unit-name" label="Nama unit" required maxLength={200} error={errors.name?.message} {...field("name")} />

      <div className="grid-2">
        <TextField id="unit-short-name" label="Singkatan" maxLength={60} error={errors.shortName?.message} {...field("shortName")} />

        <TextField
          id="unit-code"
          label="Kode"
          required
          maxLength={80}
          autoCapitalize="none"
          spellCheck={false}
          className="mono"
          hint={CODE_HINT}
          error={errors.code?.message}
          {...field("code")}
        />
      </div>
    </>
  );
}
