// The register's charts from aggregates computed on the server: Pareto by clause and by SOP (bars
// with the cumulative share), the ageing of open findings, and findings opened vs closed per month.
// Titles, accessible names and the figures in a table under "Lihat data" are rendered on the
// server; the plots only in the browser (finding-charts-plot), each in a box of its height.
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import type { CountRow, FindingCharts as Charts } from "@/lib/findings/types";
import { AgeingPlot, ParetoPlot, PerMonthPlot } from "./finding-charts-plot";
import styles from "./findings.module.css";

export type ParetoRow = CountRow & { cumulative: number };

const PARETO_HEIGHT = 260;
const BAR_HEIGHT = 240;

function DataTable({ caption, head, rows }: { caption: string; head: string[]; rows: (string | number)[][] }) {
  return (
    <details>
      <summary>Lihat data</summary>
      <Table caption={caption}>
        <THead>
          <Tr>{head.map((h) => <Th key={h}>{h}</Th>)}</Tr>
        </THead>
        <TBody>
          {rows.map((r, i) => (
            <Tr key={i}>{r.map((c, j) => <Td key={j}>{c}</Td>)}</Tr>
          ))}
        </TBody>
      </Table>
    </details>
  );
}

function withCumulative(rows: CountRow[]): ParetoRow[] {
  const total = rows.reduce((s, r) => s + r.count, 0);
  let running = 0;
  return rows.map((r) => {
    running += r.count;
    return { ...r, cumulative: total === 0 ? 0 : Math.round((running / total) * 100) };
  });
}

function Pareto({ title, rows, what }: { title: string; rows: CountRow[]; what: string }) {
  const data = withCumulative(rows);
  return (
    <figure className={styles.chart}>
      <figcaption className={styles.chartTitle}>{title}</figcaption>
      {data.length === 0 ? (
        <p className="muted">Belum ada temuan dengan {what.toLowerCase()}.</p>
      ) : (
        <>
          <div role="img" aria-label={`${title}: ${data.map((d) => `${d.label} ${d.count}`).join(", ")}`} style={{ height: PARETO_HEIGHT }}>
            <ParetoPlot data={data} height={PARETO_HEIGHT} />
          </div>
          <DataTable caption={title} head={[what, "Jumlah", "Kumulatif (%)"]} rows={data.map((d) => [d.label, d.count, d.cumulative])} />
        </>
      )}
    </figure>
  );
}

export function FindingChartsPanel({ charts }: { charts: Charts }) {
  return (
    <div className={styles.charts}>
      <Pareto title="Pareto per klausul" rows={charts.byClause} what="Klausul" />
      <Pareto title="Pareto per SOP" rows={charts.bySop} what="SOP" />
      <figure className={styles.chart}>
        <figcaption className={styles.chartTitle}>Umur temuan yang masih terbuka</figcaption>
        <div role="img" aria-label={`Umur temuan terbuka: ${charts.ageing.map((a) => `${a.label} ${a.count}`).join(", ")}`} style={{ height: BAR_HEIGHT }}>
          <AgeingPlot data={charts.ageing} height={BAR_HEIGHT} />
        </div>
        <DataTable caption="Umur temuan yang masih terbuka" head={["Umur", "Jumlah"]} rows={charts.ageing.map((a) => [a.label, a.count])} />
      </figure>
      <figure className={styles.chart}>
        <figcaption className={styles.chartTitle}>Temuan dibuka dan ditutup per bulan</figcaption>
        <div role="img" aria-label={`Dibuka dan ditutup per bulan: ${charts.perMonth.map((m) => `${m.month} dibuka ${m.opened} ditutup ${m.closed}`).join(", ")}`} style={{ height: BAR_HEIGHT }}>
          <PerMonthPlot data={charts.perMonth} height={BAR_HEIGHT} />
        </div>
        <DataTable caption="Temuan dibuka dan ditutup per bulan" head={["Bulan", "Dibuka", "Ditutup/dicabut"]} rows={charts.perMonth.map((m) => [m.month, m.opened, m.closed])} />
      </figure>
    </div>
  );
}
