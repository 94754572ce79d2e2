// The leadership dashboard: the home section of the PIMPINAN and of province readers. Every tile
// is a link to the list it was counted from, with the same filter (unit, open, overdue, age).
import Link from "next/link";
import { Card, FilterBar, FormField, Select, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import type { CountTile, LeadershipHome } from "@/lib/dashboards/types";
import { unitTreeOptions } from "@/lib/org/unit-tree-options";
import { formatDecimal, formatNumber } from "@/lib/utils/number";
import styles from "./leadership.module.css";

function Tile({ tile, detail }: { tile: CountTile; detail?: string }) {
  return (
    <div className={styles.tile}>
      <dt>{tile.label}</dt>
      <dd>
        <Link href={tile.href} className={styles.value} aria-label={`${tile.label}: ${formatNumber(tile.value)}`}>
          {formatNumber(tile.value)}
        </Link>
        {detail && <span className="muted text-sm"> {detail}</span>}
      </dd>
    </div>
  );
}

function PercentTile({ label, percent, href, detail }: { label: string; percent: number | null; href: string; detail: string }) {
  const text = percent === null ? "–" : `${formatDecimal(percent)} %`;
  return (
    <div className={styles.tile}>
      <dt>{label}</dt>
      <dd>
        <Link href={href} className={styles.value} aria-label={`${label}: ${percent === null ? "belum ada data" : text}`}>
          {text}
        </Link>
        <span className="muted text-sm"> {detail}</span>
      </dd>
    </div>
  );
}

export function LeadershipSection({ data, provinceView }: { data: LeadershipHome; provinceView: boolean }) {
  const { objectives, programme, year } = data;
  const unitOptions = unitTreeOptions(data.units);
  return (
    <Card
      title={`Dasbor pimpinan ${year}: ${data.focus.unitName}`}
      actions={provinceView ? <Link href="/dashboards/province">Perbandingan antar Perangkat Daerah</Link> : undefined}
    >
      <div className="stack">
        {unitOptions.length > 1 && (
          <FilterBar resetHref="/dashboard">
            <FormField label="Unit" htmlFor="leadership-unit">
              <Select id="leadership-unit" name="unitId" options={unitOptions} placeholder="Seluruh cakupan" defaultValue={data.focus.unitId ?? ""} />
            </FormField>
          </FilterBar>
        )}
        <dl className={styles.tiles} aria-label="Angka utama">
          <PercentTile
            label="Sasaran mutu tercapai"
            percent={objectives.percent}
            href={objectives.href}
            detail={objectives.percent === null ? "belum ada pengukuran" : `${formatNumber(objectives.achieved)} dari ${formatNumber(objectives.measured)} periode`}
          />
          <Tile tile={{ label: "Pengukuran terlambat", value: objectives.late, href: objectives.lateHref }} />
          <Tile tile={{ label: "Temuan terbuka", value: data.openFindings.total, href: data.openFindings.href }} />
          <Tile tile={data.overdueFindings} />
          <Tile tile={data.overdueCorrectiveActions} />
          <PercentTile
            label="Program audit terlaksana"
            percent={programme.percent}
            href={programme.href}
            detail={programme.rounds === 0 ? "belum ada program audit" : `${formatNumber(programme.roundsHeld)} dari ${formatNumber(programme.rounds)} putaran`}
          />
          <Tile tile={data.sopsDue} />
          <Tile tile={data.rtl} detail={data.rtl.overdue > 0 ? `${formatNumber(data.rtl.overdue)} terlambat` : undefined} />
        </dl>
        <div className="grid-2">
          <section className="stack-sm">
            <h3>Temuan terbuka menurut kategori</h3>
            <dl className={styles.tiles} aria-label="Temuan terbuka menurut kategori">
              {data.openFindings.categories.map((t) => <Tile key={t.label} tile={t} />)}
            </dl>
          </section>
          <section className="stack-sm">
            <h3>Temuan terbuka menurut umur</h3>
            <dl className={styles.tiles} aria-label="Temuan terbuka menurut umur">
              {data.openFindings.ages.map((t) => <Tile key={t.label} tile={t} />)}
            </dl>
          </section>
        </div>
        <Table caption="Tren Indeks Kepuasan Masyarakat (IKM)">
          <THead>
            <Tr>
              <Th>Tahun</Th>
              <Th numeric>IKM</Th>
              <Th numeric>Survei</Th>
            </Tr>
          </THead>
          <TBody>
            {data.ikm.map((p) => (
              <Tr key={p.year}>
                <Td>
                  <Link href={p.href}>{p.year}</Link>
                </Td>
                <Td numeric>{p.ikm === null ? "belum ada survei" : formatDecimal(p.ikm)}</Td>
                <Td numeric>{formatNumber(p.surveys)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </div>
    </Card>
  );
}
