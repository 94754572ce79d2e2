"use client";
// Editing a butir's wording, clause and unit (its SOP and step stay), and adding a butir.
import { useRouter } from "next/navigation";
import { useId } from "react";
import { ActionError, useActionForm } from "@/components/forms";
import { Button, SelectField, TextareaField } from "@/components/ui";
import { addChecklistItemAction, updateChecklistItemAction } from "@/lib/audits/checklist-actions";
import type { ItemFormInput } from "@/lib/audits/checklist-schema";
import type { ChecklistItemView } from "@/lib/audits/checklist-types";
import type { ActionResult } from "@/lib/errors";

type Options = { units: { id: string; name: string }[]; clauses: { code: string; title: string }[] };

function ItemFields({ form, units, clauses, prefix }: Options & { form: ReturnType<typeof useItemForm>; prefix: string }) {
  const { register, formState: { errors } } = form;
  return (
    <>
      <TextareaField id={`${prefix}-q`} label="Pertanyaan" required rows={3} maxLength={2000} error={errors.question?.message} {...register("question")} />
      <SelectField id={`${prefix}-clause`} label="Klausul ISO" placeholder="Tanpa klausul" options={clauses.map((c) => ({ value: c.code, label: `${c.code} ${c.title}` }))} error={errors.clauseCode?.message} {...register("clauseCode")} />
      <SelectField id={`${prefix}-unit`} label="Unit auditi" required placeholder="Pilih unit" options={units.map((u) => ({ value: u.id, label: u.name }))} error={errors.unitId?.message} {...register("unitId")} />
    </>
  );
}

type ItemValues = { question: string; clauseCode: string | null; unitId: string };

function useItemForm(defaults: ItemFormInput, submit: (values: ItemValues) => Promise<ActionResult<unknown>>, successMessage: string, onSuccess: () => void) {
  return useActionForm<ItemFormInput, ItemValues, unknown>({ schema: () => import("@/lib/audits/checklist-schema").then((m) => m.itemFormSchema), defaultValues: defaults, submit, successMessage, onSuccess });
}

export function ItemEditForm({ item, units, clauses, onDone }: Options & { item: Pick<ChecklistItemView, "id" | "version" | "question" | "clauseCode" | "unitId">; onDone: () => void }) {
  const prefix = useId();
  const router = useRouter();
  const form = useItemForm(
    { question: item.question, clauseCode: item.clauseCode ?? "", unitId: item.unitId ?? "" },
    (values) => updateChecklistItemAction({ ...values, id: item.id, version: item.version }),
    "Butir daftar periksa diubah.",
    () => {
      onDone();
      router.refresh();
    },
  );
  return (
    <form onSubmit={form.onSubmit} noValidate className="stack">
      <ActionError failure={form.failure} />
      <ItemFields form={form} units={units} clauses={clauses} prefix={prefix} />
      <div className="row">
        <Button type="submit" loading={form.formState.isSubmitting}>
          Simpan butir
        </Button>
        <Button variant="secondary" onClick={onDone}>
          Batal
        </Button>
      </div>
    </form>
  );
}

export function AddItemForm({ auditId, units, clauses }: Options & { auditId: string }) {
  const prefix = useId();
  const router = useRouter();
  const form = useItemForm(
    { question: "", clauseCode: "", unitId: units.length === 1 ? units[0].id : "" },
    (values) => addChecklistItemAction({ ...values, auditId }),
    "Butir ditambahkan.",
    () => {
      form.reset({ question: "", clauseCode: "", unitId: units.length === 1 ? units[0].id : "" });
      router.refresh();
    },
  );
  return (
    <form onSubmit={form.onSubmit} noValidate className="stack" aria-label="Tambah butir">
      <ActionError failure={form.failure} />
      <ItemFields form={form} units={units} clauses={clauses} prefix={prefix} />
      <div>
        <Button type="submit" loading={form.formState.isSubmitting}>
          Tambah butir
        </Button>
      </div>
    </form>
  );
}
