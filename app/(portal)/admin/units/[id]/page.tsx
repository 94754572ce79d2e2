import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActivityHistory } from "@/components/activity/activity-history";
import { SetActiveForm } from "@/components/org/set-active-form";
import { UnitEditForm } from "@/components/org/unit-edit-form";
import { UnitMoveForm } from "@/components/org/unit-move-form";
import { Badge, Card, DescriptionList, EmptyState, LinkButton, PageHeader } from "@/components/ui";
import { listRecordActivity } from "@/lib/activity/data";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { setUnitActiveAction } from "@/lib/org/actions";
import { UNIT_TYPE_LABELS } from "@/lib/org/constants";
import { getUnit, listUnitTree } from "@/lib/org/data";
import { TIME_ZONE_LABELS, isTimeZone } from "@/lib/org/time-zones";
import { moveTargets, unitIndex, unitNames } from "@/lib/org/options";
import { allowedChildTypes } from "@/lib/org/rules";
import { formatDateTime } from "@/lib/utils/format";
import styles from "@/components/org/org.module.css";
import { formatNumber } from "@/lib/utils/number";

export const metadata: Metadata = { title: "Detail unit" };


type Props = { params: Promise<{ id: string }> };

export default async function UnitDetailPage({ params }: Props) {
  const viewer = await requirePermission("unit.read");
  const { id } = await params;
  const unit = await getUnit(viewer, id);
  if (!unit) notFound();

  const tree = await listUnitTree(viewer);
  const index = unitIndex(tree);
  const target = { unitPath: unit.path };
  const mayManage = can(viewer, "unit.manage", target);
  const mayReadHistory = can(viewer, "activity.read", target);
  const history = mayReadHistory ? await listRecordActivity(viewer, "unit", unit.id, unit.path) : [];
  const targets = mayManage
    ? moveTargets(tree, unit).filter((t) => can(viewer, "unit.manage", { unitPath: index.get(t.value)?.path ?? "/" }))
    : [];
  const mayAddChild = mayManage && unit.active && allowedChildTypes(unit.type).length > 0;
  const names = { ...unitNames(tree), ...Object.fromEntries(unit.breadcrumbs.map((b) => [b.id, b.name])) };
  const usersHref = `/admin/users?unitId=${encodeURIComponent(unit.id)}`;

  return (
    <div className="stack-lg">
      <PageHeader
        title={
          <span className="row">
            {unit.name}
            {!unit.active && <Badge tone="warning">Nonaktif</Badge>}
          </span>
        }
        description={UNIT_TYPE_LABELS[unit.type]}
        breadcrumbs={[
          { href: "/admin/units", label: "Unit Organisasi" },
          ...unit.breadcrumbs.map((b) => ({ href: index.has(b.id) ? `/admin/units/${b.id}` : undefined, label: b.name })),
          { label: unit.name },
        ]}
        actions={<LinkButton href={usersHref} variant="secondary">Lihat pengguna</LinkButton>}
      />

      <div className="grid-2">
        <Card title="Profil unit">
          <DescriptionList
            items={[
              { term: "Nama unit", description: unit.name },
              { term: "Singkatan", description: unit.shortName },
              { term: "Kode", description: <span className="mono">{unit.code}</span> },
              { term: "Jenis unit", description: UNIT_TYPE_LABELS[unit.type] },
              { term: "Zona waktu", description: isTimeZone(unit.timeZone) ? TIME_ZONE_LABELS[unit.timeZone] : unit.timeZone },
              {
                term: "Unit induk",
                description:
                  unit.parentId && unit.parentName ? (
                    index.has(unit.parentId) ? <Link href={`/admin/units/${unit.parentId}`}>{unit.parentName}</Link> : unit.parentName
                  ) : (
                    "Tidak ada (unit teratas)"
                  ),
              },
              { term: "Status", description: unit.active ? <Badge tone="success">Aktif</Badge> : <Badge tone="warning">Nonaktif</Badge> },
              {
                term: "Pengguna",
                description: <Link href={usersHref}>{formatNumber(unit.userCount)} pengguna di unit ini</Link>,
              },
              { term: "Dibuat", description: formatDateTime(unit.createdAt) },
              { term: "Terakhir diubah", description: formatDateTime(unit.updatedAt) },
            ]}
          />
        </Card>

        <Card
          title="Sub-unit"
          actions={
            mayAddChild && (
              <LinkButton href={`/admin/units/new?parentId=${encodeURIComponent(unit.id)}`} size="sm" variant="secondary">
                Tambah sub-unit
              </LinkButton>
            )
          }
        >
          {unit.children.length === 0 ? (
            <EmptyState title="Belum ada sub-unit" />
          ) : (
            <ul className={styles.plainList}>
              {unit.children.map((child) => (
                <li key={child.id} className="row">
                  <Link href={`/admin/units/${child.id}`}>{child.name}</Link>
                  <span className="muted text-sm">{UNIT_TYPE_LABELS[child.type]}</span>
                  {!child.active && <Badge tone="warning">Nonaktif</Badge>}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>

      {mayManage && (
        <div className="grid-2">
          <Card title="Ubah unit">
            <UnitEditForm
              key={unit.version}
              unit={{ id: unit.id, version: unit.version, name: unit.name, shortName: unit.shortName, code: unit.code, timeZone: unit.timeZone }}
            />
          </Card>
          <div className="stack-lg">
            {unit.parentId !== null && (
              <Card title="Pindahkan unit">
                <UnitMoveForm
                  key={unit.version}
                  unit={{ id: unit.id, version: unit.version, parentName: unit.parentName }}
                  targets={targets}
                />
              </Card>
            )}
            <Card title={unit.active ? "Nonaktifkan unit" : "Aktifkan unit"}>
              <SetActiveForm
                key={unit.version}
                id={unit.id}
                version={unit.version}
                active={unit.active}
                subject="unit"
                action={setUnitActiveAction}
                description={
                  unit.active
                    ? "Unit nonaktif tidak dapat dipilih untuk pengguna, peran atau sub-unit baru. Sub-unit dan pengguna aktifnya harus dipindahkan atau dinonaktifkan dahulu."
                    : "Unit induknya harus aktif."
                }
              />
            </Card>
          </div>
        </div>
      )}

      {mayReadHistory && (
        <Card title="Riwayat perubahan">
          <ActivityHistory entries={history} labels={{ valueLabels: { type: UNIT_TYPE_LABELS, parentId: names } }} />
        </Card>
      )}
    </div>
  );
}
