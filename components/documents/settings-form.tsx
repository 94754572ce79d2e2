"use client";
// The register settings of one agency: a code pattern per document type (with a preview of the
// next code) and the delegated approver.
import { useRouter } from "next/navigation";
import { ActionError, useActionForm } from "@/components/forms";
import { Button, SelectField, TextField } from "@/components/ui";
import { saveDocumentSettingsAction } from "@/lib/documents/actions";
import { CODE_PLACEHOLDERS, CODE_PLACEHOLDER_HINTS, formatDocumentCode, patternProblem, unitCodeName } from "@/lib/documents/code-pattern";
import { DEFAULT_CODE_PATTERN, DOCUMENT_TYPES, DOCUMENT_TYPE_CODES, DOCUMENT_TYPE_LABELS } from "@/lib/documents/constants";
import type { DocumentSettingsView } from "@/lib/documents/types";

export function SettingsForm({ setting }: { setting: DocumentSettingsView }) {
  const router = useRouter();
  const { register, watch, onSubmit, failure, formState: { errors, isSubmitting } } = useActionForm({
    schema: () => import("@/lib/documents/schema").then((m) => m.settingsFormSchema),
    defaultValues: {
      agencyId: setting.agency.id, version: setting.version,
      codePatterns: Object.fromEntries(DOCUMENT_TYPES.map((t) => [t, setting.codePatterns[t] ?? ""])),
      delegateApproverId: setting.delegateApproverId ?? "",
    },
    submit: (values) => saveDocumentSettingsAction(values),
    successMessage: "Pengaturan dokumen disimpan.",
    onSuccess: () => router.refresh(),
  });
  const agency = unitCodeName({ shortName: setting.agency.shortName, code: setting.agency.code });
  const year = new Date().getFullYear();
  const preview = (pattern: string, type: (typeof DOCUMENT_TYPES)[number]) => {
    const p = pattern.trim() || DEFAULT_CODE_PATTERN;
    if (patternProblem(p)) return "—";
    return formatDocumentCode(p, { type: DOCUMENT_TYPE_CODES[type], agency, unit: "UNIT", year, number: 1 });
  };
  const patterns = watch("codePatterns") ?? {};

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <ActionError failure={failure} />
      <p className="muted">
        {`Penanda: ${CODE_PLACEHOLDERS.map((p) => `{${p}} ${CODE_PLACEHOLDER_HINTS[p]}`).join("; ")}. Kosong: ${DEFAULT_CODE_PATTERN}.`}
      </p>
      <div className="grid-2">
        {DOCUMENT_TYPES.map((type) => (
          <TextField
            key={type}
            id={`pattern-${setting.agency.id}-${type}`}
            label={`Pola kode ${DOCUMENT_TYPE_LABELS[type]}`}
            placeholder={DEFAULT_CODE_PATTERN}
            maxLength={60}
            hint={`Contoh: ${preview(patterns[type] ?? "", type)}`}
            error={errors.codePatterns?.[type]?.message}
            {...register(`codePatterns.${type}`)}
          />
        ))}
      </div>
      <SelectField
        id={`delegate-${setting.agency.id}`}
        label="Pejabat pengesah yang didelegasikan"
        hint="Mengesahkan revisi dokumen atas nama pimpinan; harus manajer mutu atau pimpinan di Perangkat Daerah ini."
        options={setting.delegates.map((d) => ({ value: d.id, label: d.name }))}
        placeholder="Tidak ada (hanya pimpinan)"
        error={errors.delegateApproverId?.message}
        {...register("delegateApproverId")}
      />
      <div className="row">
        <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Menyimpan…" : "Simpan pengaturan"}</Button>
      </div>
    </form>
  );
}
