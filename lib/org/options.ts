// Pure helpers that turn the scoped unit tree (listUnitTree) into what admin screens show:
// indented select options, id lookups and the valid targets of a move.
import type { UnitType } from "./constants";
import { flattenUnits } from "./data";
import { allowedChildTypes, indentLabel, isWithin } from "./rules";
import type { UnitNode, UnitOption } from "./types";

export interface UnitChoice {
  value: string;
  label: string;
  disabled?: boolean;
  type: UnitType;
}


/** Every unit in the tree, indented; inactive units are marked (and disabled when `activeOnly`). */
export function unitChoices(tree: UnitNode[], { activeOnly = false, keep }: { activeOnly?: boolean; keep?: string } = {}): UnitChoice[] {
  return flattenUnits(tree).map((o) => ({
    value: o.id,
    label: o.active ? indentLabel(o) : `${indentLabel(o)} (nonaktif)`,
    disabled: activeOnly && !o.active && o.id !== keep ? true : undefined,
    type: o.type,
  }));
}

/** Every node of the tree, depth first. */
export function walkUnits(tree: UnitNode[]): UnitNode[] {
  return tree.flatMap((n) => [n, ...walkUnits(n.children)]);
}

export function unitIndex(tree: UnitNode[]): Map<string, UnitNode> {
  return new Map(walkUnits(tree).map((n) => [n.id, n]));
}

/** id → name, for labelling unit ids in the change history. */
export function unitNames(tree: UnitNode[]): Record<string, string> {
  return Object.fromEntries(walkUnits(tree).map((n) => [n.id, n.name]));
}

/** Units that may become the new parent of `unit`: active, not inside it, and of a type that may contain it. */
export function moveTargets(tree: UnitNode[], unit: { id: string; path: string; type: UnitType; parentId: string | null }): UnitChoice[] {
  const allowed = (parentType: UnitType) => allowedChildTypes(parentType).includes(unit.type);
  const index = unitIndex(tree);
  return unitChoices(tree).filter((choice) => {
    const node = index.get(choice.value);
    return (
      node !== undefined &&
      node.active &&
      node.id !== unit.parentId &&
      !isWithin(node.path, unit.path) &&
      allowed(node.type)
    );
  });
}

/** Active units that may receive at least one kind of child, as parents for a new unit. */
export function parentChoices(tree: UnitNode[]): UnitChoice[] {
  const index = unitIndex(tree);
  return unitChoices(tree).filter((choice) => {
    const node = index.get(choice.value);
    return node !== undefined && node.active && allowedChildTypes(node.type).length > 0;
  });
}
