import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import Link from "next/link";
import { SopEditForm } from "@/components/sops/sop-edit-form";
import { pendingTitle } from "@/components/sops/sop-pending-notice";
import { Alert, PageHeader } from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { getSop } from "@/lib/sops/data";

export const metadata: Metadata = { title: "Sunting SOP AP" };

type Props = { params: Promise<{ id: string }> };

export default async function SopEditPage({ params }: Props) {
  const user = await requirePermission("sop.read");
  const { id } = await params;
  const sop = await getSop(user, id);
  if (!sop) notFound();
  if (!can(user, "sop.manage", { unitPath: sop.unit.path })) forbidden();

  const base = `/sops/${encodeURIComponent(sop.id)}`;
  const { content } = sop.revision;
  const { pending } = sop;
  // A draft or returned revision is edited in place; one under check or approval is not editable.
  const editing = pending?.editable && pending.content ? { id: pending.id, version: pending.version, content: pending.content, reason: pending.changeReason } : null;

  return (
    <div className="stack-lg">
      <PageHeader
        title={`Sunting: ${content.nama}`}
        description={`${sop.unit.name} · revisi berlaku ${sop.currentRevisionNo}${editing ? ` · menyunting revisi ${pending!.revisionNo}` : ""}`}
        breadcrumbs={[{ href: "/sops", label: "Katalog SOP AP" }, { href: base, label: content.nama }, { label: "Sunting" }]}
      />
      {!sop.active && (
        <Alert tone="warning" title="SOP ini tidak aktif">
          Revisi yang disimpan tidak akan tampil di katalog selama SOP ini tidak aktif.
        </Alert>
      )}
      <Alert tone="info" title="Perubahan berlaku setelah diperiksa dan disahkan">
        Suntingan disimpan sebagai draf revisi SOP ini di register dokumen{sop.document ? ` (${sop.document.code})` : ""}, lalu diajukan,
        diperiksa dan disahkan di sana. Katalog tetap menampilkan revisi {sop.currentRevisionNo} sampai revisi baru mulai berlaku.
      </Alert>
      {pending && !editing ? (
        <Alert tone="warning" title={pendingTitle(pending)}>
          Masih ada revisi yang belum berlaku; isinya tidak dapat diubah lagi selama diperiksa atau disahkan.{" "}
          {sop.document && <Link href={`/documents/${encodeURIComponent(sop.document.id)}`}>Buka revisi di register dokumen</Link>}
        </Alert>
      ) : (
        <SopEditForm
          key={`${sop.version}-${editing?.version ?? 0}`}
          sop={{ id: sop.id, version: sop.version, revisionNo: sop.currentRevisionNo }}
          content={editing?.content ?? content}
          pending={editing ? { id: editing.id, version: editing.version, revisionNo: pending!.revisionNo, reason: editing.reason } : null}
        />
      )}
    </div>
  );
}
