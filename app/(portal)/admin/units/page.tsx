import type { Metadata } from "next";
import { Card, EmptyState, LinkButton, PageHeader } from "@/components/ui";
import { UnitTree } from "@/components/org/unit-tree";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { listUnitTree } from "@/lib/org/data";
import { walkUnits } from "@/lib/org/options";

export const metadata: Metadata = { title: "Unit Organisasi" };

export default async function UnitsPage() {
  const user = await requirePermission("unit.read");
  const tree = await listUnitTree(user);
  const units = walkUnits(tree);
  // Portal-wide admins may add a top-level unit; scoped admins add sub-units inside their scope.
  const mayAdd = can(user, "unit.manage", { unitPath: "/" }) || units.some((u) => can(user, "unit.manage", { unitPath: u.path }));
  const inactive = units.filter((u) => !u.active).length;

  return (
    <div className="stack-lg">
      <PageHeader
        title="Unit Organisasi"
        description="Susunan Pemerintah Provinsi, Perangkat Daerah dan unit kerjanya dalam cakupan Anda."
        actions={mayAdd && <LinkButton href="/admin/units/new">Tambah unit</LinkButton>}
      />
      <Card title={`${units.length} unit${inactive > 0 ? ` (${inactive} nonaktif)` : ""}`}>
        {tree.length === 0 ? (
          <EmptyState title="Belum ada unit dalam cakupan Anda" />
        ) : (
          <UnitTree nodes={tree} />
        )}
      </Card>
    </div>
  );
}
