// Default values of the programme form, usable by the server page and the client form alike.
import { MAIN_CLAUSES } from "@/lib/audits/programme-constants";
import type { ProgrammeFormInput } from "@/lib/audits/programme-schema";

/** A new round: the first in April-May, later ones in October-November, all main clauses. */
export const emptyRound = (n: number): ProgrammeFormInput["rounds"][number] => ({
  name: `Audit Internal Putaran ${n}`, startMonth: n === 1 ? 4 : 10, endMonth: n === 1 ? 5 : 11, unitIds: [], sopIds: [], clauses: [...MAIN_CLAUSES], focus: "",
});
