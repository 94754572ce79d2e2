"use client";

import Link from "next/link";
import { useId, useState, type ReactNode } from "react";
import { Badge } from "@/components/ui";
import { UNIT_TYPE_LABELS } from "@/lib/org/constants";
import type { UnitNode } from "@/lib/org/types";
import styles from "./org.module.css";
import { formatNumber } from "@/lib/utils/number";


/**
 * The organisation tree; units with sub-units fold open and shut (the first two levels start open)
 * with a button beside the unit's link (aria-expanded), not a <summary> around it: a link inside a
 * summary is a control inside a control (axe nested-interactive).
 */
export function UnitTree({ nodes }: { nodes: UnitNode[] }) {
  return (
    <ul className={styles.tree}>
      {nodes.map((node) => (
        <UnitTreeItem key={node.id} node={node} level={0} />
      ))}
    </ul>
  );
}

function UnitTreeItem({ node, level }: { node: UnitNode; level: number }) {
  const label = <UnitLabel node={node} />;
  if (node.children.length === 0) {
    return (
      <li className={styles.treeItem}>
        <div className={styles.treeLeaf}>{label}</div>
      </li>
    );
  }
  return <UnitTreeBranch node={node} level={level} label={label} />;
}

function UnitTreeBranch({ node, level, label }: { node: UnitNode; level: number; label: ReactNode }) {
  const [open, setOpen] = useState(level < 2);
  const listId = useId();
  return (
    <li className={styles.treeItem}>
      <div className={styles.treeRow}>
        <button
          type="button"
          className={styles.treeToggle}
          aria-expanded={open}
          aria-controls={listId}
          aria-label={`Sub-unit ${node.name}`}
          onClick={() => setOpen((value) => !value)}
        >
          <span aria-hidden="true">{open ? "▾" : "▸"}</span>
        </button>
        {label}
      </div>
      <ul id={listId} hidden={!open}>
        {node.children.map((child) => (
          <UnitTreeItem key={child.id} node={child} level={level + 1} />
        ))}
      </ul>
    </li>
  );
}

function UnitLabel({ node }: { node: UnitNode }) {
  return (
    <span className={[styles.node, node.active ? "" : styles.inactive].join(" ")}>
      <Link href={`/admin/units/${node.id}`} className={styles.nodeName}>
        {node.name}
      </Link>
      <span className="muted text-sm">{UNIT_TYPE_LABELS[node.type]}</span>
      <span className="mono text-sm muted">{node.code}</span>
      <span className="text-sm muted">{formatNumber(node.userCount)} pengguna</span>
      {!node.active && <Badge tone="warning">Nonaktif</Badge>}
    </span>
  );
}
