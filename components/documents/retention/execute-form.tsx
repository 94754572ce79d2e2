"use client";
// "Laksanakan pemusnahan": the execution record of an approved Berita Acara (date, method, place,
// at least two witnesses). Saving it purges the listed documents' content.
import { useRouter } from "next/navigation";
import { useFieldArray } from "react-hook-form";
import { ActionError, useActionForm } from "@/components/forms";
import { Button, SelectField, TextField } from "@/components/ui";
import { DESTRUCTION_METHODS, DESTRUCTION_METHOD_LABELS, MIN_WITNESSES } from "@/lib/documents/destruction-rules";
import { executeDestructionAction } from "@/lib/documents/retention-actions";

const METHOD_OPTIONS = DESTRUCTION_METHODS.map((m) => ({ value: m, label: DESTRUCTION_METHOD_LABELS[m] }));
const blankWitness = { name: "", nip: "", position: "" };

export function ExecuteDestructionForm({ id, version, today, documentCount }: { id: string; version: number; today: string; documentCount: number }) {
  const router = useRouter();
  const form = useActionForm({
    schema: () => import("@/lib/documents/destruction-schema").then((m) => m.destructionExecuteSchema),
    defaultValues: { id, version, destroyedOn: today, method: "" as never, place: "", witnesses: Array.from({ length: MIN_WITNESSES }, () => ({ ...blankWitness })) },
    submit: (values) => executeDestructionAction({ ...values, witnesses: values.witnesses.map((w) => ({ ...w, nip: w.nip ?? "" })) }),
    successMessage: (data) => `Pemusnahan dicatat; isi ${data.purged} dokumen dihapus.`,
    onSuccess: () => router.refresh(),
  });
  const { register, control, formState: { errors, isSubmitting } } = form;
  const witnesses = useFieldArray({ control, name: "witnesses" });
  return (
    <form onSubmit={form.onSubmit} noValidate className="stack" aria-label="Pelaksanaan pemusnahan">
      <ActionError failure={form.failure} />
      <p className="muted">{`Menyimpan pelaksanaan menghapus berkas dan teks ${documentCount} dokumen dalam berita acara ini. Data dokumen dan riwayatnya tetap tersimpan.`}</p>
      <div className="grid-3">
        <TextField id="execute-date" label="Tanggal pemusnahan" type="date" required error={errors.destroyedOn?.message} {...register("destroyedOn")} />
        <SelectField id="execute-method" label="Cara pemusnahan" required options={METHOD_OPTIONS} placeholder="Pilih cara" error={errors.method?.message} {...register("method")} />
        <TextField id="execute-place" label="Tempat" required maxLength={200} error={errors.place?.message} {...register("place")} />
      </div>
      <fieldset className="stack-sm">
        <legend>{`Saksi (paling sedikit ${MIN_WITNESSES})`}</legend>
        {errors.witnesses?.message && <p role="alert">{errors.witnesses.message}</p>}
        {witnesses.fields.map((field, i) => (
          <div key={field.id} className="grid-3" role="group" aria-label={`Saksi ${i + 1}`}>
            <TextField id={`witness-${i}-name`} label={`Nama saksi ${i + 1}`} required maxLength={120} error={errors.witnesses?.[i]?.name?.message} {...register(`witnesses.${i}.name`)} />
            <TextField id={`witness-${i}-nip`} label="NIP" hint="18 angka; kosongkan bila bukan ASN." inputMode="numeric" maxLength={18} error={errors.witnesses?.[i]?.nip?.message} {...register(`witnesses.${i}.nip`)} />
            <TextField id={`witness-${i}-position`} label="Jabatan" required maxLength={160} error={errors.witnesses?.[i]?.position?.message} {...register(`witnesses.${i}.position`)} />
            {witnesses.fields.length > MIN_WITNESSES && (
              <div><Button type="button" variant="ghost" size="sm" onClick={() => witnesses.remove(i)}>{`Hapus saksi ${i + 1}`}</Button></div>
            )}
          </div>
        ))}
        <div>
          <Button type="button" variant="secondary" size="sm" onClick={() => witnesses.append({ ...blankWitness })} disabled={witnesses.fields.length >= 10}>Tambah saksi</Button>
        </div>
      </fieldset>
      <div>
        <Button type="submit" variant="danger" loading={isSubmitting}>Laksanakan pemusnahan</Button>
      </div>
    </form>
  );
}
