"use client";

import { useRouter } from "next/navigation";
import type { UseFormRegisterReturn } from "react-hook-form";
import { ActionError, useActionForm } from "@/components/forms";
import { Alert, Button, SelectField, TextField, type SelectOption } from "@/components/ui";
import { describePolicy, type PasswordPolicy } from "@/lib/auth/constants";
import { createUserAction, updateUserAction } from "@/lib/org/actions";
import { NewPasswordFields } from "./new-password-fields";
import styles from "./org.module.css";

type ProfileField = "name" | "nip" | "email" | "position" | "unitId";

type ProfileFieldsProps = {
  /** Prefix of the control ids, so two forms on one page never share an id. */
  idPrefix: string;
  field: (name: ProfileField) => UseFormRegisterReturn;
  errors: Partial<Record<ProfileField, { message?: string }>>;
  unitOptions: readonly SelectOption[];
  /** Current value of the unit select: the shared schema names an empty id "Data tidak dikenal.". */
  unitValue: string;
};

type ProfileText = Record<"nip" | "email" | "position", string | null | undefined>;

/** The actions take the input shape (blank text as "") and parse it again on the server. */
const withBlankText = <T extends ProfileText>(values: T) => ({
  ...values,
  nip: values.nip ?? "",
  email: values.email ?? "",
  position: values.position ?? "",
});

const NIP_HINT = "18 digit tanpa spasi. Isi NIP atau email: salah satunya dipakai untuk masuk.";

function ProfileFields({ idPrefix, field, errors, unitOptions, unitValue }: ProfileFieldsProps) {
  const id = (name: ProfileField) => `${idPrefix}-${name}`;
  const unitError = errors.unitId && unitValue === "" ? "Pilih unit." : errors.unitId?.message;

  return (
    <>
      <TextField id={id("name")} label="Nama lengkap" required maxLength={150} autoComplete="off" error={errors.name?.message} {...field("name")} />
      <div className="grid-2">
        <TextField
          id={id("nip")}
          label="NIP"
          hint={NIP_HINT}
          inputMode="numeric"
          autoComplete="off"
          maxLength={24}
          className="mono"
          error={errors.nip?.message}
          {...field("nip")}
        />
        <TextField
          id={id("email")}
          label="Email"
          type="email"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={254}
          error={errors.email?.message}
          {...field("email")}
        />
      </div>
      <div className="grid-2">
        <TextField id={id("position")} label="Jabatan" maxLength={150} error={errors.position?.message} {...field("position")} />
        <SelectField
          id={id("unitId")}
          label="Unit"
          required
          options={unitOptions}
          placeholder="Pilih unit"
          error={unitError}
          {...field("unitId")}
        />
      </div>
    </>
  );
}

// ---------------------------------------------------------------------------------------------

export type UserCreateFormProps = {
  policy: PasswordPolicy;
  unitOptions: SelectOption[];
  defaultUnitId?: string;
};

export function UserCreateForm({ policy, unitOptions, defaultUnitId }: UserCreateFormProps) {
  const router = useRouter();
  const {
    register,
    watch,
    onSubmit,
    failure,
    formState: { errors, isSubmitting },
  } = useActionForm({
    schema: () => import("@/lib/org/schema").then((m) => m.userCreateSchema(policy)),
    schemaKey: policy,
    defaultValues: {
      name: "",
      nip: "",
      email: "",
      position: "",
      unitId: defaultUnitId && unitOptions.some((o) => o.value === defaultUnitId && !o.disabled) ? defaultUnitId : "",
      password: "",
      passwordConfirm: "",
    },
    submit: (values) => createUserAction(withBlankText(values)),
    successMessage: "Pengguna berhasil ditambahkan.",
    onSuccess: (data) => router.push(`/admin/users/${data.id}`),
  });

  const policyHint = describePolicy(policy);

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <ActionError failure={failure} />
      <ProfileFields
        idPrefix="user"
        field={(name) => register(name)}
        errors={errors}
        unitOptions={unitOptions}
        unitValue={watch("unitId")}
      />
      <Alert tone="info">Pengguna wajib mengganti kata sandi awal ini saat pertama kali masuk.</Alert>
      <NewPasswordFields idPrefix="user" hint={policyHint} field={(name) => register(name)} errors={errors} />
      <div className={styles.formActions}>
        <Button type="submit" loading={isSubmitting}>
          Simpan
        </Button>
      </div>
    </form>
  );
}

// ---------------------------------------------------------------------------------------------

export type UserEditFormProps = {
  user: {
    id: string;
    version: number;
    name: string;
    nip: string | null;
    email: string | null;
    position: string | null;
    unitId: string;
  };
  unitOptions: SelectOption[];
};

/** Edit a user's profile. Key it by version so a reload (after saving or STALE) starts afresh. */
export function UserEditForm({ user, unitOptions }: UserEditFormProps) {
  const router = useRouter();
  const {
    register,
    watch,
    onSubmit,
    failure,
    formState: { errors, isSubmitting },
  } = useActionForm({
    schema: () => import("@/lib/org/schema").then((m) => m.userUpdateSchema),
    // id and version are not inputs: react-hook-form submits default values of unregistered fields too.
    defaultValues: {
      id: user.id,
      version: user.version,
      name: user.name,
      nip: user.nip ?? "",
      email: user.email ?? "",
      position: user.position ?? "",
      unitId: user.unitId,
    },
    submit: (values) => updateUserAction(withBlankText(values)),
    successMessage: "Profil pengguna disimpan.",
    onSuccess: () => router.refresh(),
  });

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <ActionError failure={failure} />
      <ProfileFields
        idPrefix="profile"
        field={(name) => register(name)}
        errors={errors}
        unitOptions={unitOptions}
        unitValue={watch("unitId")}
      />
      <div className={styles.formActions}>
        <Button type="submit" loading={isSubmitting}>
          Simpan
        </Button>
      </div>
    </form>
  );
}
