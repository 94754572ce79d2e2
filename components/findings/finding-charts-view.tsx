"use client";

// The register's charts from aggregates computed on the server: Pareto by clause and by SOP (bars
// with the cumulative share), the ageing of open findings, and findings opened vs closed per month.
// Each chart has its figures in a table under "Lihat data" for screen readers.
import { Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import type { CountRow, FindingCharts as Charts } from "@/lib/findings/types";
import styles from "./findings.module.css";

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

function withCumulative(rows: CountRow[]) {
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
          <div role="img" aria-label={`${title}: ${data.map((d) => `${d.label} ${d.count}`).join(", ")}`}>
            <ResponsiveContainer width="100%" height={260}>
              <ComposedChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="key" tick={{ fontSize: 11 }} tickFormatter={(k: string) => data.find((d) => d.key === k)?.label.slice(0, 14) ?? k} />
                <YAxis yAxisId="count" allowDecimals={false} tick={{ fontSize: 11 }} />
                <YAxis yAxisId="share" orientation="right" domain={[0, 100]} unit="%" tick={{ fontSize: 11 }} />
                <Tooltip labelFormatter={(k) => data.find((d) => d.key === k)?.label ?? String(k)} />
                <Legend />
                <Bar yAxisId="count" dataKey="count" name="Jumlah temuan" fill="#1d4ed8" />
                <Line yAxisId="share" dataKey="cumulative" name="Kumulatif (%)" stroke="#c2410c" dot />
              </ComposedChart>
            </ResponsiveContainer>
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
        <div role="img" aria-label={`Umur temuan terbuka: ${charts.ageing.map((a) => `${a.label} ${a.count}`).join(", ")}`}>
          <ResponsiveContainer width="100%" height={240}>
            <BarChart accessibilityLayer={false} data={charts.ageing} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" tick={{ fontSize: 11 }} />
              <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
              <Tooltip />
              <Bar dataKey="count" name="Temuan terbuka" fill="#b45309" />
            </BarChart>
          </ResponsiveContainer>
        </div>
        <DataTable caption="Umur temuan yang masih terbuka" head={["Umur", "Jumlah"]} rows={charts.ageing.map((a) => [a.label, a.count])} />
      </figure>
      <figure className={styles.chart}>
        <figcaption className={styles.chartTitle}>Temuan dibuka dan ditutup per bulan</figcaption>
        <div role="img" aria-label={`Dibuka dan ditutup per bulan: ${charts.perMonth.map((m) => `${m.month} dibuka ${m.opened} ditutup ${m.closed}`).join(", ")}`}>
          <ResponsiveContainer width="100%" height={240}>
            <BarChart accessibilityLayer={false} data={charts.perMonth} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="month" tick={{ fontSize: 11 }} />
              <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
              <Tooltip />
              <Legend />
              <Bar dataKey="opened" name="Dibuka" fill="#1d4ed8" />
              <Bar dataKey="closed" name="Ditutup/dicabut" fill="#15803d" />
            </BarChart>
          </ResponsiveContainer>
        </div>
        <DataTable caption="Temuan dibuka dan ditutup per bulan" head={["Bulan", "Dibuka", "Ditutup/dicabut"]} rows={charts.perMonth.map((m) => [m.month, m.opened, m.closed])} />
      </figure>
    </div>
  );
}
