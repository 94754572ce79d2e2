"use client";

import { useRouter } from "next/navigation";
import { ActionError, useActionForm } from "@/components/forms";
import { Button, Checkbox, SelectField } from "@/components/ui";
import { savePreferenceAction } from "@/lib/notifications/actions";
import { DELIVERIES, DELIVERY_LABELS } from "@/lib/notifications/constants";
import type { PreferenceView } from "@/lib/notifications/types";

const DELIVERY_OPTIONS = DELIVERIES.map((d) => ({ value: d, label: DELIVERY_LABELS[d] }));

/** E-mail of notifications: on or off, at once or as one daily digest. */
export function PreferenceForm({ preference }: { preference: PreferenceView }) {
  const router = useRouter();
  const {
    register,
    onSubmit,
    failure,
    formState: { errors, isSubmitting },
  } = useActionForm({
    schema: () => import("@/lib/notifications/schema").then((m) => m.preferenceFormSchema),
    defaultValues: { emailEnabled: preference.emailEnabled, delivery: preference.delivery },
    submit: savePreferenceAction,
    successMessage: "Pengaturan e-mail disimpan.",
    onSuccess: () => router.refresh(),
  });

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <ActionError failure={failure} />
      {!preference.hasEmail && <p className="muted text-sm">Akun Anda belum memiliki alamat e-mail; notifikasi hanya tampil di portal.</p>}
      <Checkbox id="pref-email" label="Kirim notifikasi ke e-mail saya" {...register("emailEnabled")} />
      <SelectField
        id="pref-delivery"
        label="Cara pengiriman"
        options={DELIVERY_OPTIONS}
        hint="Ringkasan harian dikirim sekali sehari pada pagi hari, berisi notifikasi yang belum Anda baca."
        error={errors.delivery?.message}
        {...register("delivery")}
      />
      <div>
        <Button type="submit" loading={isSubmitting}>
          Simpan pengaturan
        </Button>
      </div>
    </form>
  );
}
