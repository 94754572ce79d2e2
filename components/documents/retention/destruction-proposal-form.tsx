"use client";
// Choosing the documents of a Berita Acara Pemusnahan: a new proposal from the "usul musnah" list,
// or the list of a draft or returned BA. Documents already in another BA cannot be chosen.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionError, useActionForm } from "@/components/forms";
import { Alert, Button, Checkbox, RegisterTable, TextareaField } from "@/components/ui";
import { proposeDestructionAction, updateDestructionAction } from "@/lib/documents/retention-actions";

export type ProposalRow = {
  id: string;
  code: string;
  title: string;
  unitName: string;
  typeLabel: string;
  retentionEndsAt: string;
  agencyId: string;
  /** The other BA holding it, if any. */
  takenBy: { id: string; number: string } | null;
};

export function DestructionProposalForm({ rows, destruction, initialNote = "" }: {
  rows: ProposalRow[];
  /** Editing this BA's list; otherwise a new proposal. */
  destruction?: { id: string; version: number; documentIds: string[] };
  initialNote?: string;
}) {
  const router = useRouter();
  const [selected, setSelected] = useState<string[]>(destruction?.documentIds ?? []);
  const form = useActionForm({
    schema: () => import("@/lib/documents/destruction-schema").then((m) => m.destructionProposalSchema),
    defaultValues: { agencyId: rows[0]?.agencyId ?? "", documentIds: destruction?.documentIds ?? [], note: initialNote },
    submit: async (values) => {
      if (destruction) {
        const result = await updateDestructionAction({ id: destruction.id, version: destruction.version, documentIds: values.documentIds, note: values.note ?? "" });
        return result.ok ? { ok: true as const, data: { id: destruction.id } } : result;
      }
      const agencyId = rows.find((r) => r.id === values.documentIds[0])?.agencyId ?? values.agencyId;
      const result = await proposeDestructionAction({ agencyId, documentIds: values.documentIds, note: values.note ?? "" });
      return result.ok ? { ok: true as const, data: { id: result.data.id } } : result;
    },
    successMessage: destruction ? "Daftar dokumen usulan disimpan." : "Usulan pemusnahan dibuat sebagai draf.",
    onSuccess: (data) => (destruction ? router.refresh() : router.push(`/documents/retention/destructions/${encodeURIComponent(data.id)}`)),
  });
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...selected, id] : selected.filter((s) => s !== id);
    setSelected(next);
    form.setValue("documentIds", next, { shouldValidate: form.formState.isSubmitted });
  };
  const { formState: { errors, isSubmitting } } = form;
  return (
    <form onSubmit={form.onSubmit} noValidate className="stack" aria-label={destruction ? "Daftar dokumen berita acara" : "Usulan pemusnahan"}>
      <ActionError failure={form.failure} />
      <RegisterTable
        caption={destruction ? "Dokumen dalam berita acara" : "Daftar usul musnah"}
        rows={rows}
        columns={[
          {
            header: "Pilih",
            cell: (r) => r.takenBy && r.takenBy.id !== destruction?.id
              ? <Link href={`/documents/retention/destructions/${encodeURIComponent(r.takenBy.id)}`}>{`Dalam ${r.takenBy.number}`}</Link>
              : <Checkbox label={<span className="visually-hidden">{`Pilih ${r.code}`}</span>} checked={selected.includes(r.id)} onChange={(e) => toggle(r.id, e.currentTarget.checked)} />,
          },
          { header: "Kode", cell: (r) => <Link href={`/documents/${encodeURIComponent(r.id)}`}>{r.code}</Link>, nowrap: true },
          { header: "Judul", cell: (r) => r.title },
          { header: "Jenis", cell: (r) => r.typeLabel },
          { header: "Unit pemilik", cell: (r) => r.unitName },
          { header: "Retensi berakhir", cell: (r) => r.retentionEndsAt, nowrap: true },
        ]}
      />
      {errors.documentIds?.message && <Alert tone="danger">{errors.documentIds.message}</Alert>}
      <TextareaField id="destruction-note" label="Catatan usulan" hint="Mis. dasar penilaian arsip, jumlah berkas fisik." rows={2} maxLength={2000} error={errors.note?.message} {...form.register("note")} />
      <div>
        <Button type="submit" loading={isSubmitting} disabled={selected.length === 0}>
          {destruction ? "Simpan daftar dokumen" : `Usulkan pemusnahan (${selected.length} dokumen)`}
        </Button>
      </div>
    </form>
  );
}
