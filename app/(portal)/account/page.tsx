import type { Metadata } from "next";
import { PasswordChangeForm } from "@/components/org/password-change-form";
import { RoleBadges } from "@/components/org/role-badges";
import { Card, DescriptionList, PageHeader } from "@/components/ui";
import { passwordPolicy } from "@/lib/auth/password";
import { requireUser } from "@/lib/auth/session";
import { getUser } from "@/lib/org/data";
import { formatDateTime } from "@/lib/utils/format";

export const metadata: Metadata = { title: "Akun saya" };

export default async function AccountPage() {
  const viewer = await requireUser();
  // getUser always lets users read their own account.
  const me = await getUser(viewer, viewer.id);
  const { minLength, requireMixed } = passwordPolicy();
  const roles = viewer.grants.map((g) => ({ role: g.role, unitName: g.unitName }));

  return (
    <div className="stack-lg">
      <PageHeader title="Akun saya" description="Profil Anda dan kata sandi untuk masuk ke Portal Mutu." />
      <div className="grid-2">
        <Card title="Profil">
          <div className="stack">
            <DescriptionList
              items={[
                { term: "Nama lengkap", description: viewer.name },
                { term: "NIP", description: viewer.nip && <span className="mono">{viewer.nip}</span> },
                { term: "Email", description: viewer.email },
                { term: "Jabatan", description: me?.position },
                { term: "Unit", description: viewer.unitName },
                { term: "Peran", description: <RoleBadges roles={roles} /> },
                { term: "Login terakhir", description: me?.lastLoginAt ? formatDateTime(me.lastLoginAt) : null },
              ]}
            />
            <p className="muted text-sm">Perubahan nama, NIP, email, jabatan, unit atau peran dilakukan oleh administrator.</p>
          </div>
        </Card>
        <Card title="Ganti kata sandi">
          <PasswordChangeForm policy={{ minLength, requireMixed }} identifier={viewer.nip ?? viewer.email ?? ""} />
        </Card>
      </div>
    </div>
  );
}
