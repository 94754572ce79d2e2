// Shared inputs of the SKM integration tests.
import { expectedFailure } from "../../../lib/errors";
import { surveyFormSchema, type SurveyFormValues } from "../../../lib/satisfaction/schema";

export function surveyValues(unitId: string, overrides: Partial<Record<string, unknown>> = {}, nrr = "3,2"): SurveyFormValues {
  return surveyFormSchema.parse({
    unitId, year: 2026, periodType: "TRIWULAN", periodNo: 1, entryMode: "NRR", respondents: 50,
    elements: Array.from({ length: 9 }, () => ({ nrr })),
    complaintsReceived: 4, complaintsResolved: 3, note: null,
    ...overrides,
  });
}

/** The refusal a server action would return for what `call` throws. */
export async function refusal(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
  } catch (error) {
    const failure = expectedFailure(error);
    if (!failure || failure.ok) throw error;
    return failure.reason;
  }
  throw new Error("expected a refusal");
}
