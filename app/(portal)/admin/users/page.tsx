import type { Metadata } from "next";
import Link from "next/link";
import { RoleBadges } from "@/components/org/role-badges";
import { UserFilters } from "@/components/org/user-filters";
import styles from "@/components/org/org.module.css";
import {
  Badge,
  Card,
  EmptyState,
  LinkButton,
  PageHeader,
  Pagination,
  Table,
  TBody,
  Td,
  Th,
  THead,
  Tr,
  buildHref,
  pageHref,
} from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { listUnitTree, listUsers } from "@/lib/org/data";
import { unitChoices } from "@/lib/org/options";
import { userListQuerySchema } from "@/lib/org/schema";
import { formatDateTime } from "@/lib/utils/format";

export const metadata: Metadata = { title: "Pengguna dan Peran" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UsersPage({ searchParams }: Props) {
  const viewer = await requirePermission("user.read");
  const params = await searchParams;
  const query = userListQuerySchema.parse(params);
  const [tree, list] = await Promise.all([listUnitTree(viewer), listUsers(viewer, query)]);
  const unitOptions = unitChoices(tree);
  const mayCreate = can(viewer, "user.manage");
  const newHref = buildHref("/admin/users/new", {}, { unitId: query.unitId });
  const filtered = Boolean(query.q || query.unitId || query.role || query.status !== "aktif");

  return (
    <div className="stack-lg">
      <PageHeader
        title="Pengguna dan Peran"
        description="Akun pegawai dalam cakupan Anda beserta peran yang dipegangnya pada setiap unit."
        actions={mayCreate && <LinkButton href={newHref}>Tambah pengguna</LinkButton>}
      />
      <UserFilters query={query} unitOptions={unitOptions} />
      <Card>
        {list.rows.length === 0 ? (
          <EmptyState
            title={filtered ? "Tidak ada pengguna yang cocok" : "Belum ada pengguna"}
            description={filtered ? "Ubah kata kunci atau penyaring, atau atur ulang penyaring." : undefined}
          />
        ) : (
          <div className="stack">
            <Table caption="Daftar pengguna">
              <THead>
                <Tr>
                  <Th>Nama</Th>
                  <Th nowrap>NIP / Email</Th>
                  <Th>Unit</Th>
                  <Th className={styles.rolesColumn}>Peran</Th>
                  <Th nowrap>Status</Th>
                  <Th nowrap>Login terakhir</Th>
                </Tr>
              </THead>
              <TBody>
                {list.rows.map((user) => (
                  <Tr key={user.id}>
                    <Td>
                      <Link href={`/admin/users/${user.id}`}>{user.name}</Link>
                      {user.position && <div className="muted text-sm">{user.position}</div>}
                    </Td>
                    <Td className={styles.contactCell}>
                      <div className="mono nowrap">{user.nip ?? <span className="muted">—</span>}</div>
                      <div className="text-sm">{user.email ?? <span className="muted">—</span>}</div>
                    </Td>
                    <Td className="text-sm">{user.unitName}</Td>
                    <Td className={styles.rolesColumn}>
                      <RoleBadges roles={user.roles} />
                    </Td>
                    <Td nowrap>{user.active ? <Badge tone="success">Aktif</Badge> : <Badge tone="warning">Nonaktif</Badge>}</Td>
                    <Td nowrap>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : <span className="muted">Belum pernah</span>}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          </div>
        )}
        <Pagination
          page={list.page}
          pageSize={list.pageSize}
          total={list.total}
          hrefForPage={pageHref("/admin/users", params)}
        />
      </Card>
    </div>
  );
}
