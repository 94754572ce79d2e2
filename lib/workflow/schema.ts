// The input of every transition action, derived from the workflow so that the transition names
// and the notes a transition requires are written once.
import { z } from "../utils/zod";

export function transitionSchema<T extends string>(workflow: { transitions: Record<T, { note?: { required: string } }> }) {
  const names = Object.keys(workflow.transitions) as [T, ...T[]];
  return z
    .object({
      id: z.string().trim().min(1, "Data tidak dikenal."),
      version: z.number("Versi data tidak dikenal; muat ulang halaman.").int().positive(),
      transition: z.enum(names, "Tindakan tidak dikenal."),
      note: z.string().trim().max(1000, "Maksimal 1000 karakter.").nullable().optional().transform((v) => v || null),
    })
    .superRefine((v, ctx) => {
      const note = workflow.transitions[v.transition]?.note;
      if (note && !v.note) ctx.addIssue({ code: "custom", path: ["note"], message: note.required });
    });
}

export type TransitionInput<T extends string = string> = { id: string; version: number; transition: T; note?: string | null };
