// Starting values of the objective form (plain data, built on the server for the client form).
import type { ObjectiveFormInput } from "@/lib/objectives/schema";
import type { ObjectiveDetail } from "@/lib/objectives/types";
import { decimalText } from "@/lib/utils/number";

/** A number as an Indonesian user types it: "95,5" (no thousands separators). */
export const decimalInput = (n: number | null | undefined) => (n === null || n === undefined ? "" : decimalText(n));

export function emptyObjectiveInput(year: number, unitId = ""): ObjectiveFormInput {
  return {
    unitId, year, code: "", statement: "", perspective: "" as ObjectiveFormInput["perspective"], indicator: "", formula: "",
    measureUnit: "", direction: "MINIMAL", target: "", targetLow: "", targetHigh: "", baseline: "", frequency: "BULANAN",
    ownerId: "", dataSource: "", processes: "", sopIds: [], policyId: null, commitmentNo: null,
  };
}

export function objectiveInputOf(o: ObjectiveDetail): ObjectiveFormInput {
  return {
    unitId: o.unit.id, year: o.year, code: o.code, statement: o.statement, perspective: o.perspective,
    indicator: o.indicator, formula: o.formula ?? "", measureUnit: o.measureUnit, direction: o.direction,
    target: decimalInput(o.target), targetLow: decimalInput(o.targetLow), targetHigh: decimalInput(o.targetHigh),
    baseline: decimalInput(o.baseline), frequency: o.frequency, ownerId: o.owner.id, dataSource: o.dataSource,
    processes: o.processes ?? "", sopIds: o.sops.map((s) => s.id), policyId: o.policy?.id ?? null,
    commitmentNo: o.policy?.commitmentNo ?? null,
  };
}
