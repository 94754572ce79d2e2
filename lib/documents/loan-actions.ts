"use server";
// Server actions of the lending register for physical archives.
import { revalidatePath } from "next/cache";
import { guardedAction } from "../auth/action";
import { transitionSchema } from "../workflow/schema";
import { acknowledgeLoan, issueLoan, requestLoan, transitionLoan } from "./loan-mutations";
import { loanAcknowledgeSchema, loanIssueSchema, loanRequestSchema } from "./loan-schema";
import { LOAN_WORKFLOW } from "./loan-workflow";

const refresh = () => revalidatePath("/documents", "layout");

export const requestLoanAction = guardedAction(loanRequestSchema, async (values, user) => {
  const result = await requestLoan(user, values);
  refresh();
  return result;
});

export const issueLoanAction = guardedAction(loanIssueSchema, async (values, user) => {
  await issueLoan(user, values);
  refresh();
});

export const acknowledgeLoanAction = guardedAction(loanAcknowledgeSchema, async (values, user) => {
  await acknowledgeLoan(user, values);
  refresh();
});

export const transitionLoanAction = guardedAction(transitionSchema(LOAN_WORKFLOW), async (input, user) => {
  await transitionLoan(user, { ...input, note: input.note ?? null });
  refresh();
});
