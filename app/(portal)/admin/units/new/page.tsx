import type { Metadata } from "next";
import { Card, EmptyState, PageHeader } from "@/components/ui";
import { UnitCreateForm } from "@/components/org/unit-create-form";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { listUnitTree } from "@/lib/org/data";
import { parentChoices, unitIndex } from "@/lib/org/options";

export const metadata: Metadata = { title: "Tambah unit" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewUnitPage({ searchParams }: Props) {
  const user = await requirePermission("unit.manage");
  const { parentId } = await searchParams;
  const tree = await listUnitTree(user);
  const index = unitIndex(tree);
  const parents = parentChoices(tree).filter((p) => can(user, "unit.manage", { unitPath: index.get(p.value)?.path ?? "/" }));
  const allowTopLevel = can(user, "unit.manage", { unitPath: "/" });
  const parent = typeof parentId === "string" ? index.get(parentId) : undefined;

  return (
    <div className="stack-lg">
      <PageHeader
        title="Tambah unit"
        description="Jenis unit yang dapat dipilih mengikuti jenis unit induknya."
        breadcrumbs={[
          { href: "/admin/units", label: "Unit Organisasi" },
          ...(parent ? [{ href: `/admin/units/${parent.id}`, label: parent.name }] : []),
          { label: "Tambah unit" },
        ]}
      />
      <Card>
        {parents.length === 0 && !allowTopLevel ? (
          <EmptyState
            title="Tidak ada unit yang dapat menaungi unit baru"
            description="Unit dalam cakupan Anda nonaktif atau tidak boleh memiliki sub-unit."
          />
        ) : (
          <UnitCreateForm parents={parents} allowTopLevel={allowTopLevel} defaultParentId={parent?.id} />
        )}
      </Card>
    </div>
  );
}
