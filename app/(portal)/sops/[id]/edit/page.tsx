import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { SopEditForm } from "@/components/sops/sop-edit-form";
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

  return (
    <div className="stack-lg">
      <PageHeader
        title={`Sunting: ${content.nama}`}
        description={`${sop.unit.name} · revisi berlaku ${sop.currentRevisionNo}`}
        breadcrumbs={[{ href: "/sops", label: "Katalog SOP AP" }, { href: base, label: content.nama }, { label: "Sunting" }]}
      />
      {!sop.active && (
        <Alert tone="warning" title="SOP ini tidak aktif">
          Revisi yang disimpan tidak akan tampil di katalog selama SOP ini tidak aktif.
        </Alert>
      )}
      <SopEditForm key={sop.version} sop={{ id: sop.id, version: sop.version, revisionNo: sop.currentRevisionNo }} content={content} />
    </div>
  );
}
