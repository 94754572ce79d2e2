import type { ComponentProps, ReactNode } from "react";
import styles from "./table.module.css";

const cx = (...names: (string | undefined | false)[]) => names.filter(Boolean).join(" ");

export type TableProps = ComponentProps<"table"> & {
  /** Accessible name of the table; rendered as a visually hidden caption. */
  caption?: ReactNode;
};

/**
 * Table inside a container that scrolls sideways when the table is wider than the screen. The
 * container is focusable (and named after the caption) so the keyboard can scroll it too (axe
 * scrollable-region-focusable).
 */
export function Table({ caption, className, children, ...rest }: TableProps) {
  const name = typeof caption === "string" ? caption : undefined;
  return (
    <div className={styles.scroll} tabIndex={0} role={name ? "region" : undefined} aria-label={name}>
      <table {...rest} className={cx(styles.table, className)}>
        {caption && <caption className="visually-hidden">{caption}</caption>}
        {children}
      </table>
    </div>
  );
}

export function THead({ className, ...rest }: ComponentProps<"thead">) {
  return <thead {...rest} className={cx(styles.thead, className)} />;
}

export function TBody({ className, ...rest }: ComponentProps<"tbody">) {
  return <tbody {...rest} className={cx(styles.tbody, className)} />;
}

export function Tr({ className, ...rest }: ComponentProps<"tr">) {
  return <tr {...rest} className={cx(styles.tr, className)} />;
}

type CellStyle = {
  /** Right-aligned, tabular digits: for counts, amounts and percentages. */
  numeric?: boolean;
  /** Keep the content on one line (dates, codes). */
  nowrap?: boolean;
};

export function Th({ numeric, nowrap, scope = "col", className, ...rest }: ComponentProps<"th"> & CellStyle) {
  return (
    <th
      {...rest}
      scope={scope}
      className={cx(styles.th, numeric && styles.numeric, nowrap && styles.nowrap, className)}
    />
  );
}

export function Td({ numeric, nowrap, className, ...rest }: ComponentProps<"td"> & CellStyle) {
  return <td {...rest} className={cx(styles.td, numeric && styles.numeric, nowrap && styles.nowrap, className)} />;
}
