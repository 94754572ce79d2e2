// One input of 9.3.2 rendered from its SectionData, whatever the section: figures (each linking to
// the list that shows the same count), tables, charts and the manajer mutu's narrative.
import Link from "next/link";
import { Card, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import type { PackFigure, SectionData } from "@/lib/management-reviews/input-types";
import { formatDecimal } from "@/lib/utils/number";
import { NarrativeForm } from "./narrative-form";
import { PackChart } from "./pack-chart";
import styles from "./reviews.module.css";

const valueText = (f: PackFigure) => (f.value === null ? "—" : typeof f.value === "number" ? `${formatDecimal(f.value)}${f.unit ? ` ${f.unit}` : ""}` : `${f.value}${f.unit ? ` ${f.unit}` : ""}`);

export function PackFigures({ figures }: { figures: PackFigure[] }) {
  if (figures.length === 0) return null;
  return (
    <ul className={styles.figures}>
      {figures.map((f) => (
        <li key={f.label} className={styles.figure}>
          <span className="text-sm muted">{f.label}</span>
          {f.href ? (
            <Link href={f.href} className={styles.figureValue} aria-label={`${f.label}: ${valueText(f)}, buka daftarnya`}>{valueText(f)}</Link>
          ) : (
            <span className={styles.figureValue}>{valueText(f)}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

export function PackSection({ sectionKey, title, data, narrative, narrate }: {
  sectionKey: string;
  title: string;
  data: SectionData;
  narrative: string | null;
  /** Present while the narrative may be written (until the meeting starts). */
  narrate?: { reviewId: string; version: number };
}) {
  const empty = data.figures.length === 0 && data.tables.length === 0 && data.charts.length === 0;
  return (
    <Card title={`(${sectionKey}) ${title}`}>
      <div className="stack">
        {data.note && <p className="muted text-sm">{data.note}</p>}
        {empty && !data.note && <p className="muted text-sm">Bagian ini diisi dengan narasi.</p>}
        <PackFigures figures={data.figures} />
        {data.charts.map((chart) => <PackChart key={chart.caption} chart={chart} />)}
        {data.tables.map((table) => (
          <div key={table.caption} className={styles.scroll}>
            <Table caption={table.caption}>
              <THead>
                <Tr>{table.columns.map((c) => <Th key={c}>{c}</Th>)}</Tr>
              </THead>
              <TBody>
                {table.rows.length === 0 ? (
                  <Tr><Td colSpan={table.columns.length} className="muted">Tidak ada data.</Td></Tr>
                ) : (
                  table.rows.map((row, i) => (
                    <Tr key={i}>{row.map((cell, j) => <Td key={j} numeric={typeof cell === "number"}>{cell === null ? "—" : typeof cell === "number" ? formatDecimal(cell) : cell}</Td>)}</Tr>
                  ))
                )}
              </TBody>
            </Table>
          </div>
        ))}
        {narrate ? (
          <NarrativeForm reviewId={narrate.reviewId} version={narrate.version} sectionKey={sectionKey} title={title} narrative={narrative} />
        ) : (
          <div>
            <p className="text-sm muted">Narasi manajer mutu</p>
            <p className={styles.note}>{narrative ?? "—"}</p>
          </div>
        )}
      </div>
    </Card>
  );
}
