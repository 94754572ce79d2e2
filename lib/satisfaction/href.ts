// Links to the SKM list filtered to exactly a figure (management review section c1, dashboard).
export interface SurveyListParams {
  agencyId?: string;
  unitId?: string;
  year?: number;
  category?: string;
  /** yyyy-mm-dd */
  from?: string;
  to?: string;
}

export function surveyListHref(params: SurveyListParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== "") search.set(key, String(value));
  const query = search.toString();
  return query ? `/satisfaction?${query}` : "/satisfaction";
}

export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
