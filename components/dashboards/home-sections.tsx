// The sections of the role homes: plain lists and figures, each linking to the full list.
import Link from "next/link";
import { Badge, Card, EmptyState, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import type { AgencyFigures, AwaitingPeriod, Figures, QueueItem, RoleHome, SopItem } from "@/lib/dashboards/types";
import { OBJECTIVE_STATUSES, OBJECTIVE_STATUS_LABELS } from "@/lib/objectives/constants";
import { formatDate } from "@/lib/utils/format";
import { formatDecimal, formatNumber } from "@/lib/utils/number";
import { LeadershipSection } from "./leadership-section";

const percentText = (f: { percent: number | null; achieved: number; measured: number }) =>
  f.percent === null ? "belum ada pengukuran" : `${formatDecimal(f.percent)} % (${formatNumber(f.achieved)} dari ${formatNumber(f.measured)} periode)`;

function QueueList({ items, label, empty }: { items: QueueItem[]; label: string; empty: string }) {
  if (items.length === 0) return <EmptyState title={empty} />;
  return (
    <ul className="stack-sm" aria-label={label}>
      {items.map((item) => (
        <li key={`${item.kind}-${item.href}-${item.title}`} className="stack-sm">
          <span className="row">
            <Badge tone="info">{item.kind}</Badge>
            <Link href={item.href}>{item.title}</Link>
          </span>
          <span className="muted text-sm">
            {`${item.unitName} · ${item.status}`}
            {item.at ? ` · ${formatDate(item.at)}` : ""}
          </span>
        </li>
      ))}
    </ul>
  );
}

function PeriodTable({ items, caption, owner }: { items: AwaitingPeriod[]; caption: string; owner: boolean }) {
  return (
    <Table caption={caption}>
      <THead>
        <Tr>
          <Th>Sasaran</Th>
          <Th>Periode</Th>
          <Th>Unit</Th>
          {owner && <Th>PIC</Th>}
          <Th nowrap>Batas waktu</Th>
        </Tr>
      </THead>
      <TBody>
        {items.map((p) => (
          <Tr key={`${p.objectiveId}-${p.periodLabel}`}>
            <Td>
              <Link href={`/objectives/${p.objectiveId}`}>{p.code}</Link> <span className="muted text-sm">{p.statement}</span>
            </Td>
            <Td nowrap>{p.periodLabel}</Td>
            <Td>{p.unitName}</Td>
            {owner && <Td>{p.ownerName}</Td>}
            <Td nowrap>
              {formatDate(p.dueDate)} {p.late ? <Badge tone="danger">Terlambat</Badge> : <Badge tone="warning">Belum diukur</Badge>}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

function FigureList({ figures, agencyId }: { figures: Figures; agencyId: string | null }) {
  const unit = agencyId ? `&unitId=${agencyId}` : "";
  return (
    <dl className="stack-sm figure-list" aria-label={`Angka sasaran mutu ${figures.year}`}>
      <div>
        <dt className="muted text-sm">Periode terukur yang tercapai</dt>
        <dd>
          <Link href={`/objectives/overview?year=${figures.year}${unit}`}>{percentText(figures)}</Link>
        </dd>
      </div>
      <div>
        <dt className="muted text-sm">Pengukuran terlambat</dt>
        <dd>
          <Link href={`/objectives/overview?year=${figures.year}${unit}#terlambat`}>{formatNumber(figures.late)}</Link>
        </dd>
      </div>
      <div>
        <dt className="muted text-sm">Sasaran menurut status</dt>
        <dd>
          <ul className="row plain-list" aria-label="Sasaran menurut status">
            {OBJECTIVE_STATUSES.map((s) => (
              <li key={s}>
                <Link href={`/objectives?status=${s}&year=${figures.year}`}>{`${OBJECTIVE_STATUS_LABELS[s]}: ${formatNumber(figures.statusCounts[s])}`}</Link>
              </li>
            ))}
          </ul>
        </dd>
      </div>
    </dl>
  );
}

function SopList({ items, label, showDate }: { items: SopItem[]; label: string; showDate: boolean }) {
  return (
    <ul className="stack-sm" aria-label={label}>
      {items.map((s) => (
        <li key={s.id}>
          <Link href={`/sops/${s.id}`}>{s.title}</Link>
          <span className="muted text-sm">
            {` · ${s.number ?? "tanpa nomor"} · revisi ${s.revisionNo}`}
            {showDate ? ` · diperbarui ${formatDate(s.updatedAt)}` : ` · ${s.unitName}`}
          </span>
        </li>
      ))}
    </ul>
  );
}

function AgencyTable({ agencies, year }: { agencies: AgencyFigures[]; year: number }) {
  return (
    <Table caption={`Capaian sasaran mutu per Perangkat Daerah tahun ${year}`}>
      <THead>
        <Tr>
          <Th>Perangkat Daerah</Th>
          <Th numeric>Periode tercapai</Th>
          <Th numeric>Terlambat</Th>
          <Th numeric>Sasaran aktif</Th>
        </Tr>
      </THead>
      <TBody>
        {agencies.map((a) => (
          <Tr key={a.agencyId}>
            <Td>
              <Link href={`/objectives/overview?year=${year}&unitId=${a.agencyId}`}>{a.agencyName}</Link>
            </Td>
            <Td numeric>{percentText(a)}</Td>
            <Td numeric>{formatNumber(a.late)}</Td>
            <Td numeric>{formatNumber(a.statusCounts.DISETUJUI)}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

/** Every section of the roles the user holds, in the order of what asks for action first. */
export function HomeSections({ home, provinceView = false }: { home: RoleHome; provinceView?: boolean }) {
  const { pimpinan, manajerMutu, pegawai, pengendaliDokumen, pemantau, leadership, readRequired, year, documentChecks } = home;
  return (
    <>
      {readRequired && (
        <Card title={`Dokumen wajib baca (${formatNumber(readRequired.total)})`} actions={<Link href="/documents/read">Daftar wajib baca</Link>}>
          <QueueList items={readRequired.items} label="Dokumen wajib baca" empty="Tidak ada dokumen yang menunggu konfirmasi Anda." />
        </Card>
      )}
      {leadership && <LeadershipSection data={leadership} provinceView={provinceView} />}
      {pimpinan && (
        <>
          <Card
            title={`Menunggu persetujuan Anda (${formatNumber(pimpinan.approvals.length)})`}
            actions={<Link href="/objectives?status=DIAJUKAN&year=semua">Sasaran yang diajukan</Link>}
          >
            <QueueList items={pimpinan.approvals} label="Menunggu persetujuan Anda" empty="Tidak ada yang menunggu persetujuan Anda." />
          </Card>
          <Card title={`Capaian sasaran mutu ${year}`}>
            <FigureList figures={pimpinan.figures} agencyId={pimpinan.agencyId} />
          </Card>
        </>
      )}
      {manajerMutu && (
        <>
          <Card title={`Pengukuran terlambat (${formatNumber(manajerMutu.late.total)})`} actions={<Link href={`/objectives/overview?year=${year}`}>Lihat ikhtisar</Link>}>
            {manajerMutu.late.items.length === 0 ? (
              <EmptyState title="Tidak ada pengukuran yang terlambat." />
            ) : (
              <div className="stack-sm">
                <PeriodTable items={manajerMutu.late.items} caption="Pengukuran terlambat" owner />
                {manajerMutu.late.total > manajerMutu.late.items.length && (
                  <p className="muted text-sm">{`Ditampilkan ${manajerMutu.late.items.length} dari ${manajerMutu.late.total}; selengkapnya di ikhtisar.`}</p>
                )}
              </div>
            )}
          </Card>
          <Card title={`Dikembalikan untuk diperbaiki (${formatNumber(manajerMutu.toFix.length)})`}>
            <QueueList items={manajerMutu.toFix} label="Dikembalikan untuk diperbaiki" empty="Tidak ada yang dikembalikan." />
          </Card>
          <Card
            title={`Draf belum diajukan (${formatNumber(manajerMutu.drafts.length)})`}
            actions={<Link href="/objectives?status=DRAF&year=semua">Sasaran berstatus draf</Link>}
          >
            <QueueList items={manajerMutu.drafts} label="Draf belum diajukan" empty="Tidak ada draf." />
          </Card>
        </>
      )}
      {pegawai && (
        <>
          <Card title={`SOP unit Anda (${formatNumber(pegawai.unitSops.total)})`} actions={<Link href="/sops">Katalog SOP</Link>}>
            {pegawai.unitSops.items.length === 0 ? (
              <EmptyState title="Unit Anda belum memiliki SOP di katalog." />
            ) : (
              <SopList items={pegawai.unitSops.items} label="SOP unit Anda" showDate={false} />
            )}
          </Card>
          <Card title={`Pengukuran Anda (${formatNumber(pegawai.measurements.length)})`}>
            {pegawai.measurements.length === 0 ? (
              <EmptyState title="Tidak ada pengukuran yang menunggu Anda." />
            ) : (
              <PeriodTable items={pegawai.measurements} caption="Pengukuran yang menunggu Anda" owner={false} />
            )}
          </Card>
        </>
      )}
      {documentChecks && (
        <Card title={`Revisi dokumen menunggu pemeriksaan Anda (${formatNumber(documentChecks.length)})`} actions={<Link href="/documents">Daftar dokumen</Link>}>
          <QueueList items={documentChecks} label="Revisi dokumen menunggu pemeriksaan Anda" empty="Tidak ada revisi dokumen yang menunggu pemeriksaan Anda." />
        </Card>
      )}
      {pengendaliDokumen && (
        <Card
          title={`Arsip dan kaji ulang (${formatNumber(pengendaliDokumen.archive.length)})`}
          actions={<Link href="/documents/reviews">{`Kaji ulang jatuh tempo: ${formatNumber(pengendaliDokumen.reviewsDue)} dokumen`}</Link>}
        >
          <QueueList items={pengendaliDokumen.archive} label="Peminjaman arsip menunggu Anda" empty="Tidak ada permintaan peminjaman atau pinjaman yang terlambat." />
        </Card>
      )}
      {pengendaliDokumen && (
        <Card title={`SOP ${pengendaliDokumen.agencyName} yang baru diperbarui`}>
          <div className="stack-sm">
            {pengendaliDokumen.recentSops.length === 0 ? (
              <EmptyState title="Belum ada SOP." />
            ) : (
              <SopList items={pengendaliDokumen.recentSops} label="SOP yang baru diperbarui" showDate />
            )}
          </div>
        </Card>
      )}
      {pemantau && (
        <Card title={`Capaian per Perangkat Daerah ${year}`}>
          {pemantau.agencies.length === 0 ? <EmptyState title="Belum ada Perangkat Daerah dalam cakupan Anda." /> : <AgencyTable agencies={pemantau.agencies} year={year} />}
        </Card>
      )}
    </>
  );
}
