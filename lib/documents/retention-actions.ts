"use server";
// Server actions of retention, destruction (Berita Acara Pemusnahan) and the hand-over.
import { revalidatePath } from "next/cache";
import { guardedAction } from "../auth/action";
import { transitionSchema } from "../workflow/schema";
import { executeDestruction, proposeDestruction, transitionDestruction, updateDestruction } from "./destruction-mutations";
import { destructionExecuteSchema, destructionProposalSchema, destructionUpdateSchema, handOverSchema } from "./destruction-schema";
import { DESTRUCTION_WORKFLOW } from "./destruction-workflow";
import { handOverDocument } from "./retention-mutations";

const refresh = () => revalidatePath("/documents", "layout");

export const proposeDestructionAction = guardedAction(destructionProposalSchema, async (values, user) => {
  const result = await proposeDestruction(user, values);
  refresh();
  return result;
});

export const updateDestructionAction = guardedAction(destructionUpdateSchema, async (values, user) => {
  await updateDestruction(user, values);
  refresh();
});

export const transitionDestructionAction = guardedAction(transitionSchema(DESTRUCTION_WORKFLOW), async (input, user) => {
  await transitionDestruction(user, { ...input, note: input.note ?? null });
  refresh();
});

export const executeDestructionAction = guardedAction(destructionExecuteSchema, async (values, user) => {
  const result = await executeDestruction(user, values);
  refresh();
  return result;
});

export const handOverDocumentAction = guardedAction(handOverSchema, async (values, user) => {
  await handOverDocument(user, values);
  refresh();
});
