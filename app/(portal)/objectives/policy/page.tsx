import type { Metadata } from "next";
import Link from "next/link";
import { PolicyAgencyPicker } from "@/components/objectives/policy-agency-picker";
import { PolicyStatusBadge } from "@/components/objectives/policy-status-badge";
import { PolicyVersions } from "@/components/objectives/policy-versions";
import { PolicyView } from "@/components/objectives/policy-view";
import { Alert, Card, EmptyState, LinkButton, PageHeader } from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { defaultPolicyAgency, listPolicyAgencies } from "@/lib/objectives/filters-data";
import { listPolicies } from "@/lib/objectives/policy-data";

export const metadata: Metadata = { title: "Kebijakan Mutu" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const OPEN = ["DRAF", "DIAJUKAN", "DIKEMBALIKAN"];

export default async function PolicyPage({ searchParams }: Props) {
  const user = await requirePermission("objective.read");
  const params = await searchParams;
  const agencies = await listPolicyAgencies(user);
  const agency = agencies.find((a) => a.id === params.agencyId) ?? defaultPolicyAgency(user, agencies);
  const breadcrumbs = [{ href: "/objectives", label: "Sasaran Mutu" }, { label: "Kebijakan mutu" }];

  if (!agency) {
    return (
      <div className="stack-lg">
        <PageHeader title="Kebijakan Mutu" breadcrumbs={breadcrumbs} />
        <EmptyState title="Tidak ada Perangkat Daerah yang dapat Anda lihat" />
      </div>
    );
  }

  const policies = await listPolicies(user, agency.id);
  const inForce = policies.find((p) => p.status === "DISETUJUI");
  const open = policies.find((p) => OPEN.includes(p.status));
  const mayManage = can(user, "policy.manage", { unitPath: agency.path });
  const newHref = `/objectives/policy/new?agencyId=${encodeURIComponent(agency.id)}`;

  return (
    <div className="stack-lg">
      <PageHeader
        title="Kebijakan Mutu"
        description={`${agency.name} · ISO 9001:2015 klausul 5.2: ditetapkan pimpinan, menjadi acuan sasaran mutu.`}
        breadcrumbs={breadcrumbs}
        actions={
          mayManage &&
          !open && <LinkButton href={newHref}>{inForce ? "Susun versi baru" : "Susun kebijakan mutu"}</LinkButton>
        }
      />
      {agencies.length > 1 && (
        <PolicyAgencyPicker options={agencies.map((a) => ({ value: a.id, label: a.name }))} value={agency.id} />
      )}
      {open && (
        <Alert tone="info" title={`Versi ${open.versionNo} sedang disusun`}>
          <span className="row">
            <PolicyStatusBadge status={open.status} />
            <Link href={`/objectives/policy/${encodeURIComponent(open.id)}`}>
              {open.status === "DIAJUKAN" ? "Lihat versi yang menunggu pengesahan" : "Lanjutkan draf"}
            </Link>
          </span>
        </Alert>
      )}
      <Card title={inForce ? `Kebijakan mutu yang berlaku (versi ${inForce.versionNo})` : "Kebijakan mutu yang berlaku"}>
        {inForce ? (
          <PolicyView policy={inForce} />
        ) : (
          <p className="muted">
            Belum ada kebijakan mutu yang disahkan.
            {mayManage && !open && (
              <>
                {" "}
                <Link href={newHref}>Susun kebijakan mutu</Link>
              </>
            )}
          </p>
        )}
      </Card>
      {policies.length > 0 && (
        <Card title="Versi">
          <PolicyVersions policies={policies} />
        </Card>
      )}
    </div>
  );
}
