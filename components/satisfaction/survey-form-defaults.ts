// The SKM form's starting values: blank for a new survey, the stored one for an edit.
import { ELEMENT_COUNT } from "@/lib/satisfaction/constants";
import type { SurveyFormInput } from "@/lib/satisfaction/schema";
import type { SurveyDetail } from "@/lib/satisfaction/types";
import { decimalText } from "@/lib/utils/number";

export function emptySurveyInput(year: number, unitId?: string): SurveyFormInput {
  return {
    unitId: unitId ?? "", year, periodType: "TAHUNAN", periodNo: 1, entryMode: "NRR", respondents: "",
    elements: Array.from({ length: ELEMENT_COUNT }, () => ({ nrr: "", count1: "", count2: "", count3: "", count4: "" })),
    complaintsReceived: "0", complaintsResolved: "0", note: "",
  };
}

export function surveyInputOf(s: SurveyDetail): SurveyFormInput {
  return {
    unitId: s.unitId, year: s.year, periodType: s.periodType, periodNo: s.periodNo, entryMode: s.entryMode, respondents: String(s.respondents),
    elements: s.elements.map((e) => ({
      nrr: decimalText(e.nrr),
      count1: e.counts ? String(e.counts[0]) : "", count2: e.counts ? String(e.counts[1]) : "",
      count3: e.counts ? String(e.counts[2]) : "", count4: e.counts ? String(e.counts[3]) : "",
    })),
    complaintsReceived: String(s.complaintsReceived), complaintsResolved: String(s.complaintsResolved), note: s.note ?? "",
  };
}
