// What leaves the server about SKM surveys (never raw rows).
import type { EntryMode, IkmCategory, PeriodType } from "./constants";

export interface SurveyRow {
  id: string;
  unitId: string;
  unitName: string;
  year: number;
  periodType: PeriodType;
  periodNo: number;
  periodLabel: string;
  respondents: number;
  ikm: number;
  category: IkmCategory;
  complaintsReceived: number;
  complaintsResolved: number;
}

export interface SurveyElementView {
  element: number;
  code: string;
  label: string;
  nrr: number;
  weighted: number;
  counts: [number, number, number, number] | null;
}

export interface SurveyDetail extends SurveyRow {
  unitPath: string;
  entryMode: EntryMode;
  periodStart: Date;
  periodEnd: Date;
  note: string | null;
  version: number;
  elements: SurveyElementView[];
  updatedAt: Date;
  mayEdit: boolean;
}

export interface IkmTrendPoint {
  year: number;
  /** Mean IKM of the year's surveys in scope (2 decimals); null when there were none. */
  ikm: number | null;
  surveys: number;
  href: string;
}
