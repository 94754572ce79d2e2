// Starting values of the objective form (plain data, built on the server for the client form).
import type { ObjectiveFormInput } from "@/lib/objectives/schema";
import type { ObjectiveDetail } from "@/lib/objectives/types";
import { decimalText } from "@/lib/utils/number";

/** A number as an Indonesian user types it: "95,5" (no thousands separators). */
export const decimalInput = (n: number | null | undefined) => (n === null || n === undefined ? "" : decimalText(n));

export function emptyObjectiveInput(year: number, unitId = ""): ObjectiveFormInput {
  return {
    unitId, year, code: "", statement: "", perspective: "" as ObjectiveFormInput["perspective"], indicator: "", formula: "",
    measureUnit: "", direction: "MINIMAL", target: "", targetLow: "", targetHigh: "", baseline: "", valueMin: "", valueMax: "", frequency: "BULANAN",
    ownerId: "", dataSource: "", processes: "", sopIds: [], policyId: null, commitmentNo: null,
  };
}

export function objectiveInputOf(o: ObjectiveDetail): ObjectiveFormInput {
  return {
    unitId: o.unit.id, year: o.year, code: o.code, statement: o.statement, perspective: o.perspective,
    indicator: o.indicator, formula: o.formula ?? "", measureUnit: o.measureUnit, direction: o.direction,
    target: decimalInput(o.target), targetLow: decimalInput(o.targetLow), targetHigh: decimalInput(o.targetHigh),
    baseline: decimalInput(o.baseline), valueMin: decimalInput(o.valueMin), valueMax: decimalInput(o.valueMax), frequency: o.frequency, ownerId: o.owner.id, dataSource: o.dataSource,
    processes: o.processes ?? "", sopIds: o.sops.map((s) => s.id), policyId: o.policy?.id ?? null,
    commitmentNo: o.policy?.commitmentNo ?? null,
  };
}

/** The form's values for a pending revision: its proposed definition over the objective's identity. */
export function revisionInputOf(o: ObjectiveDetail, definition: Record<string, unknown> & { sopIds?: string[] }): ObjectiveFormInput {
  const base = objectiveInputOf(o);
  const text = (key: string) => (typeof definition[key] === "string" ? (definition[key] as string) : "");
  const num = (key: string) => decimalInput(typeof definition[key] === "number" ? (definition[key] as number) : null);
  return {
    ...base,
    statement: text("statement"), perspective: (definition.perspective as ObjectiveFormInput["perspective"]) ?? base.perspective,
    indicator: text("indicator"), formula: text("formula"), measureUnit: text("measureUnit"),
    direction: (definition.direction as ObjectiveFormInput["direction"]) ?? base.direction,
    target: num("target"), targetLow: num("targetLow"), targetHigh: num("targetHigh"), baseline: num("baseline"),
    valueMin: num("valueMin"), valueMax: num("valueMax"),
    frequency: (definition.frequency as ObjectiveFormInput["frequency"]) ?? base.frequency,
    ownerId: text("ownerId") || base.ownerId, dataSource: text("dataSource"), processes: text("processes"),
    sopIds: definition.sopIds ?? base.sopIds,
    policyId: (definition.policyId as string | null) ?? null,
    commitmentNo: (definition.commitmentNo as number | null) ?? null,
  };
}
