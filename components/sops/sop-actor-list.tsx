"use client";

import { useRef } from "react";
import { useWatch, type Control, type FieldError, type UseFormSetValue } from "react-hook-form";
import { Button, FormField, Input } from "@/components/ui";
import { UNKNOWN_ACTOR, type SopFormInput } from "./sop-edit-values";
import styles from "./sop-edit-form.module.css";

/**
 * The actors (Pelaksana columns). Renaming one renames it in the steps that use it: the steps are
 * noted when the name field gets the focus, so a name passing through another actor's name while
 * typing does not pick up that actor's steps.
 */
export function ActorList({
  control,
  setValue,
  getValues,
  actors,
  errors,
}: {
  control: Control<SopFormInput>;
  setValue: UseFormSetValue<SopFormInput>;
  getValues: () => SopFormInput;
  actors: string[];
  errors: unknown;
}) {
  const renaming = useRef<{ index: number; steps: number[] } | null>(null);
  const steps = useWatch({ control, name: "content.steps" });
  const listErrors = Array.isArray(errors) ? (errors as (FieldError | undefined)[]) : [];

  const stepsOf = (name: string) =>
    getValues()
      .content.steps.map((s, i) => (s.actor === name ? i : -1))
      .filter((i) => i >= 0);

  const rename = (index: number, name: string) => {
    const current = getValues().content.actors;
    if (renaming.current?.index !== index) renaming.current = { index, steps: current[index] ? stepsOf(current[index]) : [] };
    setValue("content.actors", current.map((a, i) => (i === index ? name : a)), { shouldDirty: true });
    for (const step of renaming.current.steps) setValue(`content.steps.${step}.actor`, name, { shouldDirty: true });
  };

  const remove = (index: number) => {
    const current = getValues().content.actors;
    for (const step of stepsOf(current[index])) {
      setValue(`content.steps.${step}.actor`, null, { shouldDirty: true });
      setValue(`content.steps.${step}.actor_confidence`, "unknown", { shouldDirty: true });
    }
    setValue("content.actors", current.filter((_, i) => i !== index), { shouldDirty: true });
    renaming.current = null;
  };

  const add = () => {
    setValue("content.actors", [...getValues().content.actors, ""], { shouldDirty: true });
    requestAnimationFrame(() => document.getElementById(`sop-actor-${getValues().content.actors.length - 1}`)?.focus());
  };

  return (
    <div className="stack">
      <p className="muted text-sm">
        Kolom pelaksana pada tabel prosedur, berurutan dari kiri. Mengganti nama pelaksana ikut mengganti langkah yang memakainya;
        menghapusnya membuat langkah tersebut &quot;{UNKNOWN_ACTOR}&quot;.
      </p>
      {actors.length === 0 ? (
        <p className="muted">Belum ada pelaksana.</p>
      ) : (
        <ol className={styles.actors}>
          {actors.map((name, index) => {
            const id = `sop-actor-${index}`;
            const error = listErrors[index]?.message;
            const used = name ? steps.filter((s) => s.actor === name).length : 0;
            return (
              <li key={index} className={styles.actor}>
                <FormField label={`Nama pelaksana ${index + 1}`} htmlFor={id} error={error}>
                  <div className={styles.actorRow}>
                    <Input
                      id={id}
                      value={name}
                      maxLength={300}
                      required
                      aria-invalid={error ? true : undefined}
                      aria-describedby={[`${id}-used`, error ? `${id}-error` : null].filter(Boolean).join(" ")}
                      onFocus={() => (renaming.current = { index, steps: name ? stepsOf(name) : [] })}
                      onBlur={() => (renaming.current = null)}
                      onChange={(e) => rename(index, e.target.value)}
                    />
                    <span id={`${id}-used`} className={styles.used}>
                      {used} langkah
                    </span>
                    <Button size="sm" variant="ghost" onClick={() => remove(index)} aria-label={`Hapus pelaksana ${name || index + 1}`}>
                      Hapus
                    </Button>
                  </div>
                </FormField>
              </li>
            );
          })}
        </ol>
      )}
      <div>
        <Button size="sm" variant="secondary" onClick={add}>
          Tambah pelaksana
        </Button>
      </div>
    </div>
  );
}
