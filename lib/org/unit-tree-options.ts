// Every unit picker shows units the same way: in tree order (each unit under its nearest listed
// ancestor, by the materialised path; siblings by name, Indonesian collation), indented by depth
// with indentLabel ("— — Sub Bagian Umum"), whatever order the list arrived in.
import { indentLabel } from "./rules";

export type PathUnit = { id: string; name: string; path: string };

export type UnitTreeOption = { value: string; label: string };

/** `label` names a unit (e.g. adds its agency); the name by default. */
export function unitTreeOptions<U extends PathUnit>(units: readonly U[], label: (unit: U) => string = (u) => u.name): UnitTreeOption[] {
  return unitTree(units).map(({ unit, depth }) => ({ value: unit.id, label: indentLabel({ label: label(unit), depth }) }));
}

/**
 * The units in tree order with their depth in the listed tree. Paths are chains of ids, so a unit's
 * nearest listed ancestor is found by walking its own path: linear in the units (a province lists
 * hundreds, and comparing every pair per level took seconds).
 */
export function unitTree<U extends PathUnit>(units: readonly U[]): { unit: U; depth: number }[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const children = new Map<string | undefined, U[]>();
  for (const unit of byId.values()) {
    const chain = unit.path.split("/").filter(Boolean);
    let parentId: string | undefined;
    for (let i = chain.length - 1; i >= 0 && parentId === undefined; i--) {
      if (chain[i] !== unit.id && byId.has(chain[i])) parentId = chain[i];
    }
    children.set(parentId, [...(children.get(parentId) ?? []), unit]);
  }
  const byName = (a: U, b: U) => a.name.localeCompare(b.name, "id") || a.path.localeCompare(b.path);
  const out: { unit: U; depth: number }[] = [];
  const visit = (parentId: string | undefined, depth: number) => {
    for (const unit of (children.get(parentId) ?? []).sort(byName)) {
      out.push({ unit, depth });
      visit(unit.id, depth + 1);
    }
  };
  visit(undefined, 0);
  return out;
}

/**
 * Whether a list keeps a unit id from its URL: one of the units it lists, or a unit above one of
 * them (a drill-down link from a dashboard or the review pack names the agency or a parent unit).
 * Paths are chains of ids.
 */
export function coversListedUnit(units: readonly PathUnit[], unitId: string | undefined): boolean {
  return !!unitId && units.some((u) => u.id === unitId || u.path.split("/").includes(unitId));
}
