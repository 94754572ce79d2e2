"use client";
// The SKM form: unit and period, the nine elements of Permenpan RB 14/2017 entered as NRR or as
// respondents per score, the complaints of the period, with the IKM and its category shown live.
import { useRouter } from "next/navigation";
import { ActionError, useActionForm, withData } from "@/components/forms";
import { Button, Card, LinkButton, SelectField, TextField, TextareaField, type SelectOption } from "@/components/ui";
import type { ActionResult } from "@/lib/errors";
import { createSurveyAction, updateSurveyAction } from "@/lib/satisfaction/actions";
import { ENTRY_MODES, ENTRY_MODE_LABELS, PERIOD_TYPES, PERIOD_TYPE_LABELS, PERIODS_PER_YEAR, SKM_ELEMENTS, type PeriodType } from "@/lib/satisfaction/constants";
import { computeSurvey, periodLabel } from "@/lib/satisfaction/rules";
import type { SurveyFormInput } from "@/lib/satisfaction/schema";
import { parseDecimal, formatDecimal } from "@/lib/utils/number";
import { IkmCategoryBadge } from "./category-badge";
import styles from "./satisfaction.module.css";

export type SurveyFormProps = {
  survey?: { id: string; version: number };
  defaults: SurveyFormInput;
  units: SelectOption[];
  cancelHref: string;
};

const PERIOD_TYPE_OPTIONS = PERIOD_TYPES.map((t) => ({ value: t, label: PERIOD_TYPE_LABELS[t] }));
const MODE_OPTIONS = ENTRY_MODES.map((m) => ({ value: m, label: ENTRY_MODE_LABELS[m] }));

const whole = (v: unknown) => {
  const n = typeof v === "number" ? v : Number(String(v ?? "").trim());
  return String(v ?? "").trim() !== "" && Number.isInteger(n) && n >= 0 ? n : null;
};

/** The IKM of what is typed so far, or null while an element is missing. */
function preview(mode: string, elements: SurveyFormInput["elements"]) {
  try {
    if (mode === "RESPONDEN") {
      const counts = elements.map((e) => [whole(e.count1), whole(e.count2), whole(e.count3), whole(e.count4)]);
      if (counts.some((c) => c.some((x) => x === null) || c.reduce<number>((s, x) => s + (x ?? 0), 0) === 0)) return null;
      return computeSurvey("RESPONDEN", counts.map((c) => ({ counts: c as [number, number, number, number] })));
    }
    const nrrs = elements.map((e) => parseDecimal(e.nrr ?? null));
    if (nrrs.some((n) => n === null || n < 1 || n > 4)) return null;
    return computeSurvey("NRR", nrrs.map((nrr) => ({ nrr })));
  } catch {
    return null;
  }
}

export function SurveyForm({ survey, defaults, units, cancelHref }: SurveyFormProps) {
  const router = useRouter();
  const {
    register,
    watch,
    onSubmit,
    failure,
    formState: { errors, isSubmitting },
  } = useActionForm({
    schema: () => import("@/lib/satisfaction/schema").then((m) => m.surveyEditorSchema),
    defaultValues: { values: defaults },
    submit: async ({ values }): Promise<ActionResult<{ id: string }> | null> => {
      if (!survey) return createSurveyAction(values);
      return withData(await updateSurveyAction({ id: survey.id, version: survey.version, values }), { id: survey.id });
    },
    successMessage: survey ? "Perubahan SKM disimpan." : "Hasil SKM disimpan.",
    onSuccess: ({ id }) => {
      router.push(`/satisfaction/${encodeURIComponent(id)}`);
      router.refresh();
    },
  });
  const e = errors.values;
  const mode = watch("values.entryMode");
  const periodType = (watch("values.periodType") ?? "TAHUNAN") as PeriodType;
  const year = Number(watch("values.year")) || new Date().getFullYear();
  const elements = watch("values.elements");
  const result = preview(mode, elements);
  const periodOptions = Array.from({ length: PERIODS_PER_YEAR[periodType] ?? 1 }, (_, i) => ({ value: String(i + 1), label: periodLabel(year, periodType, i + 1) }));
  const id = (name: string) => `survey-${name}`;

  return (
    <form onSubmit={onSubmit} noValidate className="stack-lg" aria-label={survey ? "Ubah hasil SKM" : "Catat hasil SKM"}>
      <ActionError failure={failure} />
      <Card title="Unit pelayanan dan periode">
        <div className="grid-2">
          <SelectField id={id("unit")} label="Unit pelayanan" required options={units} placeholder="Pilih unit" error={e?.unitId?.message} {...register("values.unitId")} />
          <TextField id={id("year")} label="Tahun" type="number" min={2015} max={2100} required error={e?.year?.message} {...register("values.year")} />
          <SelectField id={id("period-type")} label="Jenis periode" required options={PERIOD_TYPE_OPTIONS} error={e?.periodType?.message} {...register("values.periodType")} />
          <SelectField id={id("period-no")} label="Periode" required options={periodOptions} error={e?.periodNo?.message} {...register("values.periodNo")} />
          <SelectField id={id("mode")} label="Cara pengisian" required options={MODE_OPTIONS} error={e?.entryMode?.message} {...register("values.entryMode")} />
          <TextField id={id("respondents")} label="Jumlah responden" type="number" min={1} required error={e?.respondents?.message} {...register("values.respondents")} />
        </div>
      </Card>
      <Card title="Unsur pelayanan (Permenpan RB 14/2017)">
        <p className="muted text-sm">
          {mode === "RESPONDEN"
            ? "Isi jumlah responden yang memberi nilai 1 (tidak baik) sampai 4 (sangat baik) pada setiap unsur; NRR dihitung portal."
            : "Isi nilai rata-rata (NRR) setiap unsur, antara 1 dan 4, mis. 3,25."}
        </p>
        <div className={styles.tableWrap}>
          <table className={styles.elements}>
            <caption className="visually-hidden">Nilai unsur pelayanan</caption>
            <thead>
              <tr>
                <th scope="col">Unsur</th>
                {mode === "RESPONDEN" ? [1, 2, 3, 4].map((s) => <th key={s} scope="col">{`Nilai ${s}`}</th>) : <th scope="col">NRR</th>}
                <th scope="col">NRR dihitung</th>
              </tr>
            </thead>
            <tbody>
              {SKM_ELEMENTS.map((el, i) => {
                const ee = e?.elements?.[i];
                return (
                  <tr key={el.code}>
                    <th scope="row">{`${el.code} ${el.label}`}</th>
                    {mode === "RESPONDEN" ? (
                      ([1, 2, 3, 4] as const).map((s) => (
                        <td key={s}>
                          <TextField
                            id={id(`e${el.no}-c${s}`)}
                            label={<span className="visually-hidden">{`${el.code} jumlah nilai ${s}`}</span>}
                            type="number"
                            min={0}
                            className={styles.numberInput}
                            error={ee?.[`count${s}`]?.message}
                            {...register(`values.elements.${i}.count${s}`)}
                          />
                        </td>
                      ))
                    ) : (
                      <td>
                        <TextField
                          id={id(`e${el.no}-nrr`)}
                          label={<span className="visually-hidden">{`NRR ${el.code}`}</span>}
                          inputMode="decimal"
                          className={styles.numberInput}
                          error={ee?.nrr?.message}
                          {...register(`values.elements.${i}.nrr`)}
                        />
                      </td>
                    )}
                    <td className="tabular">{result ? formatDecimal(result.elements[i].nrr, 4) : "–"}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p className={styles.preview} aria-live="polite">
          <span>IKM:</span>
          <strong data-testid="ikm-preview">{result ? formatDecimal(result.ikm) : "–"}</strong>
          {result && <IkmCategoryBadge category={result.category} />}
        </p>
      </Card>
      <Card title="Pengaduan dalam periode ini">
        <div className="grid-2">
          <TextField id={id("complaints-received")} label="Pengaduan diterima" type="number" min={0} required error={e?.complaintsReceived?.message} {...register("values.complaintsReceived")} />
          <TextField id={id("complaints-resolved")} label="Pengaduan selesai ditangani" type="number" min={0} required error={e?.complaintsResolved?.message} {...register("values.complaintsResolved")} />
        </div>
        <TextareaField id={id("note")} label="Catatan" maxLength={2000} rows={3} hint="Mis. metode survei, saran utama responden." error={e?.note?.message} {...register("values.note")} />
      </Card>
      <div className={styles.formActions}>
        <Button type="submit" loading={isSubmitting}>
          {survey ? "Simpan perubahan" : "Simpan hasil SKM"}
        </Button>
        <LinkButton href={cancelHref} variant="secondary">
          Batal
        </LinkButton>
      </div>
    </form>
  );
}
