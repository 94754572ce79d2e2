import type { Metadata } from "next";
import { UserCreateForm } from "@/components/org/user-form";
import { Card, EmptyState, PageHeader } from "@/components/ui";
import { passwordPolicy } from "@/lib/auth/password";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { listUnitTree } from "@/lib/org/data";
import { unitChoices, unitIndex } from "@/lib/org/options";

export const metadata: Metadata = { title: "Tambah pengguna" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewUserPage({ searchParams }: Props) {
  const viewer = await requirePermission("user.manage");
  const { unitId } = await searchParams;
  const tree = await listUnitTree(viewer);
  const index = unitIndex(tree);
  // Only active units the admin may manage users in.
  const unitOptions = unitChoices(tree, { activeOnly: true }).map((o) => ({
    ...o,
    disabled: o.disabled || !can(viewer, "user.manage", { unitPath: index.get(o.value)?.path ?? "/" }) || undefined,
  }));
  const { minLength, requireMixed } = passwordPolicy();

  return (
    <div className="stack-lg">
      <PageHeader
        title="Tambah pengguna"
        description="Akun baru otomatis mendapat peran Pegawai di unitnya; peran lain diberikan di halaman pengguna setelah disimpan."
        breadcrumbs={[{ href: "/admin/users", label: "Pengguna dan Peran" }, { label: "Tambah pengguna" }]}
      />
      <Card>
        {unitOptions.every((o) => o.disabled) ? (
          <EmptyState title="Tidak ada unit aktif dalam cakupan Anda" />
        ) : (
          <UserCreateForm
            policy={{ minLength, requireMixed }}
            unitOptions={unitOptions}
            defaultUnitId={typeof unitId === "string" ? unitId : undefined}
          />
        )}
      </Card>
    </div>
  );
}
