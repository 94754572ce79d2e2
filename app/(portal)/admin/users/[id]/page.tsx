import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActivityHistory } from "@/components/activity/activity-history";
import { GrantForm } from "@/components/org/grant-form";
import { PasswordResetForm } from "@/components/org/password-reset-form";
import { RevokeGrantButton } from "@/components/org/revoke-grant-button";
import { grantLabel } from "@/components/org/role-badges";
import { SetActiveForm } from "@/components/org/set-active-form";
import { UserEditForm } from "@/components/org/user-form";
import {
  Badge,
  Card,
  DescriptionList,
  EmptyState,
  PageHeader,
  Table,
  TBody,
  Td,
  Th,
  THead,
  Tr,
  type SelectOption,
} from "@/components/ui";
import { listRecordActivity } from "@/lib/activity/data";
import { passwordPolicy } from "@/lib/auth/password";
import { can, type Permission } from "@/lib/auth/permissions";
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/auth/roles";
import { requirePermission } from "@/lib/auth/session";
import { setUserActiveAction } from "@/lib/org/actions";
import { getUser, listUnitTree } from "@/lib/org/data";
import { unitChoices, unitIndex, unitNames } from "@/lib/org/options";
import { formatDate, formatDateTime } from "@/lib/utils/format";

export const metadata: Metadata = { title: "Detail pengguna" };

type Props = { params: Promise<{ id: string }> };

export default async function UserDetailPage({ params }: Props) {
  const viewer = await requirePermission("user.read");
  const { id } = await params;
  const user = await getUser(viewer, id);
  if (!user) notFound();

  const tree = await listUnitTree(viewer);
  const index = unitIndex(tree);
  const target = { unitPath: user.unitPath };
  const mayManage = can(viewer, "user.manage", target);
  const mayGrant = can(viewer, "role.grant", target);
  const mayReadHistory = can(viewer, "activity.read", target);
  const isSelf = viewer.id === user.id;
  const history = mayReadHistory ? await listRecordActivity(viewer, "user", user.id, user.unitPath) : [];
  const { minLength, requireMixed } = passwordPolicy();

  /** Active units of the tree on which the viewer holds `permission`, indented. */
  const unitOptionsFor = (permission: Permission, keep?: string): SelectOption[] =>
    unitChoices(tree, { activeOnly: true, keep }).map(({ value, label, disabled }) => ({
      value,
      label,
      disabled: disabled || !can(viewer, permission, { unitPath: index.get(value)?.path ?? "/" }) || undefined,
    }));
  const profileUnits = unitOptionsFor("user.manage", user.unitId);
  // The user's own unit may lie outside the viewer's tree (e.g. an admin viewing their own account).
  if (!profileUnits.some((o) => o.value === user.unitId)) profileUnits.unshift({ value: user.unitId, label: user.unitName });

  const grantPath = (unitId: string | null) => (unitId === null ? "/" : index.get(unitId)?.path);
  const mayRevoke = (grant: (typeof user.grants)[number]) => {
    const path = grantPath(grant.unitId);
    return mayGrant && path !== undefined && can(viewer, "role.grant", { unitPath: path }) && !(isSelf && grant.role === "ADMIN");
  };
  const names = { ...unitNames(tree), [user.unitId]: user.unitName, "": "Seluruh portal" };
  for (const g of user.grants) if (g.unitId && g.unitName) names[g.unitId] = g.unitName;

  return (
    <div className="stack-lg">
      <PageHeader
        title={
          <span className="row">
            {user.name}
            {!user.active && <Badge tone="warning">Nonaktif</Badge>}
          </span>
        }
        description={[user.position, user.unitName].filter(Boolean).join(" · ")}
        breadcrumbs={[{ href: "/admin/users", label: "Pengguna dan Peran" }, { label: user.name }]}
      />

      <div className="grid-2">
        <Card title="Profil">
          <DescriptionList
            items={[
              { term: "Nama lengkap", description: user.name },
              { term: "NIP", description: user.nip && <span className="mono">{user.nip}</span> },
              { term: "Email", description: user.email },
              { term: "Jabatan", description: user.position },
              {
                term: "Unit",
                description: index.has(user.unitId) ? <Link href={`/admin/units/${user.unitId}`}>{user.unitName}</Link> : user.unitName,
              },
              { term: "Status", description: user.active ? <Badge tone="success">Aktif</Badge> : <Badge tone="warning">Nonaktif</Badge> },
              {
                term: "Kata sandi",
                description: user.mustChangePassword ? (
                  <Badge tone="warning">Wajib diganti saat masuk</Badge>
                ) : (
                  "Sudah diganti oleh pengguna"
                ),
              },
              { term: "Login terakhir", description: user.lastLoginAt ? formatDateTime(user.lastLoginAt) : "Belum pernah" },
              { term: "Terdaftar", description: formatDate(user.createdAt) },
            ]}
          />
        </Card>

        {mayManage && (
          <Card title="Ubah profil">
            <UserEditForm
              key={user.version}
              user={{
                id: user.id,
                version: user.version,
                name: user.name,
                nip: user.nip,
                email: user.email,
                position: user.position,
                unitId: user.unitId,
              }}
              unitOptions={profileUnits}
            />
          </Card>
        )}
      </div>

      <Card title="Peran">
        <div className="stack-lg">
          {user.grants.length === 0 ? (
            <EmptyState title="Belum memegang peran" description="Tanpa peran, pengguna tidak dapat membuka modul apa pun." />
          ) : (
            <Table caption="Peran yang dipegang">
              <THead>
                <Tr>
                  <Th>Peran</Th>
                  <Th>Unit</Th>
                  <Th nowrap>Diberikan</Th>
                  {mayGrant && (
                    <Th>
                      <span className="visually-hidden">Tindakan</span>
                    </Th>
                  )}
                </Tr>
              </THead>
              <TBody>
                {user.grants.map((grant) => (
                  <Tr key={grant.id}>
                    <Td>
                      <div>{ROLE_LABELS[grant.role]}</div>
                      <div className="muted text-sm">{ROLE_DESCRIPTIONS[grant.role]}</div>
                    </Td>
                    <Td>{grant.unitName ?? <Badge tone="info">Seluruh portal</Badge>}</Td>
                    <Td nowrap>{formatDate(grant.createdAt)}</Td>
                    {mayGrant && (
                      <Td nowrap>
                        {mayRevoke(grant) && (
                          <RevokeGrantButton grantId={grant.id} grantLabel={grantLabel(grant)} userName={user.name} />
                        )}
                      </Td>
                    )}
                  </Tr>
                ))}
              </TBody>
            </Table>
          )}
          {mayGrant && (
            <section className="stack">
              <h3>Berikan peran</h3>
              <GrantForm
                userId={user.id}
                unitOptions={unitOptionsFor("role.grant")}
                allowPortalWide={can(viewer, "role.grant", { unitPath: "/" })}
                defaultUnitId={viewer.unitId}
              />
            </section>
          )}
        </div>
      </Card>

      {mayManage && (
        <div className="grid-2">
          <Card title="Reset kata sandi">
            <PasswordResetForm key={user.version} user={{ id: user.id, version: user.version }} policy={{ minLength, requireMixed }} />
          </Card>
          <Card title={user.active ? "Nonaktifkan pengguna" : "Aktifkan pengguna"}>
            {isSelf && user.active ? (
              <p className="muted">Anda tidak dapat menonaktifkan akun Anda sendiri.</p>
            ) : (
              <SetActiveForm
                key={user.version}
                id={user.id}
                version={user.version}
                active={user.active}
                subject="pengguna"
                action={setUserActiveAction}
                description={
                  user.active
                    ? "Pengguna nonaktif tidak dapat masuk, dan semua sesinya langsung berakhir. Riwayat dan perannya tetap tersimpan."
                    : "Pengguna dapat masuk kembali dengan kata sandinya, dengan peran yang masih dipegangnya."
                }
              />
            )}
          </Card>
        </div>
      )}

      {mayReadHistory && (
        <Card title="Riwayat perubahan">
          <ActivityHistory entries={history} labels={{ valueLabels: { role: ROLE_LABELS, unitId: names } }} />
        </Card>
      )}
    </div>
  );
}
