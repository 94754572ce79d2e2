import type { ReactNode } from "react";
import { Table, TBody, Td, Th, THead, Tr } from "./table";

export type RegisterColumn<Row> = {
  header: string;
  cell: (row: Row) => ReactNode;
  /** Keep the cell on one line (codes, dates). */
  nowrap?: boolean;
  className?: string;
};

export type RegisterTableProps<Row extends { id: string }> = {
  /** The table's accessible name. */
  caption: string;
  columns: RegisterColumn<Row>[];
  rows: Row[];
};

/** The rows of a register: one header per column, one table row per record. */
export function RegisterTable<Row extends { id: string }>({ caption, columns, rows }: RegisterTableProps<Row>) {
  return (
    <Table caption={caption}>
      <THead>
        <Tr>
          {columns.map((column) => (
            <Th key={column.header}>{column.header}</Th>
          ))}
        </Tr>
      </THead>
      <TBody>
        {rows.map((row) => (
          <Tr key={row.id}>
            {columns.map((column) => (
              <Td key={column.header} nowrap={column.nowrap} className={column.className}>
                {column.cell(row)}
              </Td>
            ))}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
