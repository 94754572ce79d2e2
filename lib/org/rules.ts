// Pure rules of the organisation tree.
import type { UnitType } from "./constants";

/** Which unit types may sit directly under which (Provinsi > PD > Sekretariat/Bidang/... > Sub Bagian/Seksi). */
const ALLOWED_CHILDREN: Record<UnitType, readonly UnitType[]> = {
  PROVINSI: ["PERANGKAT_DAERAH"],
  PERANGKAT_DAERAH: ["SEKRETARIAT", "BIDANG", "BAGIAN", "UPTD"],
  SEKRETARIAT: ["SUB_BAGIAN", "SUB_KOORDINATOR"],
  BIDANG: ["SEKSI", "SUB_KOORDINATOR"],
  BAGIAN: ["SUB_BAGIAN", "SUB_KOORDINATOR"],
  UPTD: ["SUB_BAGIAN", "SEKSI", "SUB_KOORDINATOR"],
  SUB_BAGIAN: [],
  SEKSI: [],
  SUB_KOORDINATOR: [],
};

export function mayContain(parent: UnitType | null, child: UnitType): boolean {
  if (parent === null) return child === "PROVINSI";
  return ALLOWED_CHILDREN[parent].includes(child);
}

export function allowedChildTypes(parent: UnitType | null): readonly UnitType[] {
  return parent === null ? ["PROVINSI"] : ALLOWED_CHILDREN[parent];
}

export function childPath(parentPath: string | null, id: string): string {
  return `${parentPath ?? "/"}${id}/`;
}

export function depthOf(path: string): number {
  return path.split("/").filter(Boolean).length - 1;
}

/** Moving a unit under itself or under one of its descendants would cut it off the tree. */
export function isWithin(path: string, ancestorPath: string): boolean {
  return path.startsWith(ancestorPath);
}

/** The new path of a descendant when its ancestor moves from oldPrefix to newPrefix. */
export function rebasePath(path: string, oldPrefix: string, newPrefix: string): string {
  return newPrefix + path.slice(oldPrefix.length);
}

/** "— — Seksi A" for a unit two levels under the top of the list. */
export function indentLabel(option: { label: string; depth: number }): string {
  return `${"— ".repeat(Math.max(0, option.depth))}${option.label}`;
}
