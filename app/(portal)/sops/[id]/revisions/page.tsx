import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RevisionDiffView, RevisionPicker } from "@/components/sops/revision-diff-view";
import { Card, DescriptionList, EmptyState, LinkButton, PageHeader } from "@/components/ui";
import { requirePermission } from "@/lib/auth/session";
import { getSop, getSopRevisionContents } from "@/lib/sops/data";
import { diffSopContents } from "@/lib/sops/revision-diff";
import type { SopRevisionSummary } from "@/lib/sops/types";
import { formatDateTime } from "@/lib/utils/format";

export const metadata: Metadata = { title: "Perbandingan revisi SOP" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function revisionParam(value: string | string[] | undefined, allowed: number[]): number | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || !/^\d{1,6}$/.test(raw.trim())) return undefined;
  const n = Number(raw.trim());
  return allowed.includes(n) ? n : undefined;
}

function sourceText(rev: SopRevisionSummary): string {
  if (rev.source === "edit") return "Penyuntingan di portal";
  return rev.sourceName ? `Impor dari berkas ${rev.sourceName}` : "Impor dokumen SOP";
}

function RevisionCard({ title, rev, current }: { title: string; rev: SopRevisionSummary; current: boolean }) {
  return (
    <Card title={`${title}: revisi ${rev.revisionNo}${current ? " (berlaku)" : ""}`}>
      <DescriptionList
        items={[
          { term: "Oleh", description: rev.createdBy ?? "Sistem" },
          { term: "Waktu", description: formatDateTime(rev.createdAt) },
          { term: "Sumber", description: sourceText(rev) },
          { term: "Alasan", description: rev.reason },
        ]}
      />
    </Card>
  );
}

export default async function SopRevisionsPage({ params, searchParams }: Props) {
  const user = await requirePermission("sop.read");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const sop = await getSop(user, id);
  if (!sop) notFound();

  const numbers = sop.revisions.map((r) => r.revisionNo);
  const to = revisionParam(query.to, numbers) ?? sop.currentRevisionNo;
  // By default the revision before `to`.
  const from = revisionParam(query.from, numbers) ?? Math.max(...numbers.filter((n) => n < to), 1);
  const pair = await getSopRevisionContents(user, id, from, to);
  if (!pair) notFound();

  const base = `/sops/${encodeURIComponent(sop.id)}`;
  const title = sop.revision.content.nama;
  const summary = (n: number) => sop.revisions.find((r) => r.revisionNo === n)!;
  const options = sop.revisions.map((r) => ({
    value: String(r.revisionNo),
    label: `Revisi ${r.revisionNo}${r.revisionNo === sop.currentRevisionNo ? " (berlaku)" : ""} · ${formatDateTime(r.createdAt)}`,
  }));
  const changes = from === to ? [] : diffSopContents(pair.from.content, pair.to.content);

  return (
    <div className="stack-lg">
      <PageHeader
        title="Perbandingan revisi"
        description={title}
        breadcrumbs={[{ href: "/sops", label: "Katalog SOP AP" }, { href: base, label: title }, { label: "Perbandingan revisi" }]}
        actions={<LinkButton href={base} variant="secondary">Kembali ke SOP</LinkButton>}
      />

      {numbers.length < 2 ? (
        <EmptyState title="Belum ada revisi lain" description="SOP ini baru memiliki satu revisi, jadi belum ada yang dapat dibandingkan." />
      ) : (
        <>
          <Card>
            <RevisionPicker options={options} from={from} to={to} />
          </Card>
          <div className="grid-2">
            <RevisionCard title="Dari" rev={summary(from)} current={from === sop.currentRevisionNo} />
            <RevisionCard title="Ke" rev={summary(to)} current={to === sop.currentRevisionNo} />
          </div>
          <Card title={`Perubahan dari revisi ${from} ke revisi ${to}`}>
            {from === to ? (
              <EmptyState title="Tidak ada perbedaan" description="Pilih dua revisi yang berbeda untuk melihat perubahannya." />
            ) : (
              <RevisionDiffView changes={changes} />
            )}
          </Card>
        </>
      )}
    </div>
  );
}
