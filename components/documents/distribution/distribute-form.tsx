"use client";
// A keeper gives controlled copies of the revision in force to units (every active person at or
// below them must read it) and/or to named people of the agency.
import { useRouter } from "next/navigation";
import { ActionError, useActionForm } from "@/components/forms";
import { Button, Checkbox, FormField, Select, fieldDescribedBy } from "@/components/ui";
import { distributeDocumentAction } from "@/lib/documents/distribution-actions";

export function DistributeForm({ documentId, revisionNo, unitOptions, userOptions }: {
  documentId: string;
  revisionNo: number;
  unitOptions: { value: string; label: string }[];
  userOptions: { value: string; label: string }[];
}) {
  const router = useRouter();
  const form = useActionForm({
    schema: () => import("@/lib/documents/distribution-schema").then((m) => m.distributeSchema),
    defaultValues: { documentId, unitIds: [], userIds: [] },
    submit: (values) => distributeDocumentAction(values),
    successMessage: (data) => data.copyNos.length > 0
      ? `Salinan nomor ${data.copyNos.join(", ")} didistribusikan; ${data.readers} orang masuk daftar wajib baca.`
      : `${data.readers} pegawai baru di unit penerima masuk daftar wajib baca.`,
    onSuccess: () => {
      form.reset({ documentId, unitIds: [], userIds: [] });
      router.refresh();
    },
  });
  const { register, formState: { errors, isSubmitting } } = form;
  const unitError = errors.unitIds?.message ?? errors.unitIds?.root?.message;
  return (
    <form onSubmit={form.onSubmit} noValidate className="stack" aria-label={`Distribusi revisi ${revisionNo}`}>
      <ActionError failure={form.failure} />
      <fieldset className="stack-sm" aria-describedby={unitError ? "distribute-units-error" : undefined}>
        <legend>Unit penerima (semua pegawai aktif di unit itu dan di bawahnya wajib membaca)</legend>
        <div className="stack-sm" style={{ maxHeight: "16rem", overflowY: "auto" }}>
          {unitOptions.map((o) => (
            <Checkbox key={o.value} value={o.value} label={o.label} {...register("unitIds")} />
          ))}
        </div>
        {unitError && <p id="distribute-units-error" role="alert">{unitError}</p>}
      </fieldset>
      <FormField label="Pegawai penerima" htmlFor="distribute-users" hint="Tahan Ctrl (atau Cmd) untuk memilih lebih dari satu." error={errors.userIds?.message}>
        <Select id="distribute-users" multiple size={6} options={userOptions} aria-describedby={fieldDescribedBy("distribute-users", { hint: true, error: errors.userIds })} {...register("userIds")} />
      </FormField>
      <div>
        <Button type="submit" loading={isSubmitting}>Distribusikan</Button>
      </div>
    </form>
  );
}
