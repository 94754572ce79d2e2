import type { Metadata } from "next";
import { notFound } from "next/navigation";
import styles from "@/components/management-reviews/reviews.module.css";
import { LinkButton, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import { requireUser } from "@/lib/auth/session";
import { printHeaderLines } from "@/lib/management-reviews/data";
import { ACTION_COLUMNS, actionRows, attendanceLine, DECISION_COLUMNS, decisionRows } from "@/lib/management-reviews/minutes-format";
import { formatCalendarDate, formatDateTime } from "@/lib/utils/format";
import { loadReview } from "../load";

export const metadata: Metadata = { title: "Cetak notulen tinjauan manajemen" };

type Props = { params: Promise<{ id: string }> };

function Rows({ caption, columns, rows }: { caption: string; columns: string[]; rows: string[][] }) {
  return (
    <Table caption={caption}>
      <THead><Tr>{columns.map((c) => <Th key={c}>{c}</Th>)}</Tr></THead>
      <TBody>
        {rows.length === 0 ? <Tr><Td colSpan={columns.length}>Tidak ada.</Td></Tr> : rows.map((row, i) => <Tr key={i}>{row.map((v, j) => <Td key={j}>{v}</Td>)}</Tr>)}
      </TBody>
    </Table>
  );
}

export default async function PrintMinutesPage({ params }: Props) {
  await requireUser();
  const r = await loadReview((await params).id);
  if (!r) notFound();
  const header = await printHeaderLines(r.agency.path);
  return (
    <article className={`stack ${styles.print}`}>
      <div className={`${styles.actions} ${styles.noPrint}`}>
        <LinkButton href={`/management-reviews/${encodeURIComponent(r.id)}`} variant="secondary">Kembali</LinkButton>
        <LinkButton href={`/management-reviews/${encodeURIComponent(r.id)}/pdf`} prefetch={false}>Unduh PDF</LinkButton>
      </div>
      <header style={{ textAlign: "center" }}>
        {header.map((line) => <p key={line} style={{ margin: 0 }}>{line}</p>)}
        <p style={{ margin: 0, fontWeight: 700 }}>{r.agency.name.toUpperCase()}</p>
        <h1>Notulen Rapat Tinjauan Manajemen</h1>
        <p>{`${r.number} · ${r.title}`}</p>
      </header>
      <p>{`Waktu: ${formatDateTime(r.meetingAt)} WITA · Tempat: ${r.place} · Periode ditinjau: ${formatCalendarDate(r.periodFrom)} – ${formatCalendarDate(r.periodTo)}`}</p>
      <p>{`Pimpinan rapat: ${r.chair.name} · Notulis: ${r.notulis.name} · Hadir: ${attendanceLine(r)}`}</p>
      <h2>Notulen per agenda</h2>
      <ol>
        {r.agenda.map((a) => <li key={a.position}><strong>{a.title}</strong><p className={styles.note}>{a.minutes ?? "-"}</p></li>)}
      </ol>
      <h2>Keputusan</h2>
      <Rows caption="Keputusan (keluaran ISO 9001:2015 9.3.3)" columns={DECISION_COLUMNS} rows={decisionRows(r)} />
      <h2>Rencana tindak lanjut</h2>
      <Rows caption="Rencana tindak lanjut (RTL)" columns={ACTION_COLUMNS} rows={actionRows(r)} />
      <div className="grid-3">
        <p>{`Notulis`}<br /><br /><strong>{r.notulis.name}</strong></p>
        <p>{`Diparaf${r.initialedAt ? ` ${formatDateTime(r.initialedAt)}` : ""}`}<br /><br /><strong>{r.initialer.name}</strong></p>
        <p>{`Ditandatangani${r.signedAt ? ` ${formatDateTime(r.signedAt)}` : ""}`}<br /><br /><strong>{r.chair.name}</strong></p>
      </div>
    </article>
  );
}
