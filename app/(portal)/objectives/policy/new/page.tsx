import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { PolicyForm } from "@/components/objectives/policy-form";
import { Alert, Card, PageHeader } from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { defaultPolicyAgency, listPolicyAgencies } from "@/lib/objectives/filters-data";
import { listPolicies } from "@/lib/objectives/policy-data";

export const metadata: Metadata = { title: "Susun kebijakan mutu" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewPolicyPage({ searchParams }: Props) {
  const user = await requirePermission("objective.read");
  const params = await searchParams;
  const agencies = await listPolicyAgencies(user);
  const agency = agencies.find((a) => a.id === params.agencyId) ?? defaultPolicyAgency(user, agencies);
  if (!agency) notFound();
  if (!can(user, "policy.manage", { unitPath: agency.path })) forbidden();

  const policies = await listPolicies(user, agency.id);
  const inForce = policies.find((p) => p.status === "DISETUJUI");
  const open = policies.find((p) => p.status === "DRAF" || p.status === "DIAJUKAN" || p.status === "DIKEMBALIKAN");
  const backHref = `/objectives/policy?agencyId=${encodeURIComponent(agency.id)}`;

  return (
    <div className="stack-lg">
      <PageHeader
        title={inForce ? "Susun versi baru kebijakan mutu" : "Susun kebijakan mutu"}
        description={agency.name}
        breadcrumbs={[
          { href: "/objectives", label: "Sasaran Mutu" },
          { href: backHref, label: "Kebijakan mutu" },
          { label: "Versi baru" },
        ]}
      />
      {open ? (
        <Alert tone="info" title={`Versi ${open.versionNo} masih dalam proses`}>
          Selesaikan versi itu lebih dahulu: <Link href={`/objectives/policy/${encodeURIComponent(open.id)}`}>buka versi {open.versionNo}</Link>.
        </Alert>
      ) : (
        <Card>
          <div className="stack">
            {inForce && (
              <p className="muted">
                {`Isian diambil dari versi ${inForce.versionNo} yang berlaku. Versi baru berlaku setelah disahkan pimpinan dan menggantikan versi ${inForce.versionNo}.`}
              </p>
            )}
            <PolicyForm
              agencyId={agency.id}
              defaults={{ statement: inForce?.statement ?? "", commitments: inForce?.commitments ?? [] }}
              cancelHref={backHref}
            />
          </div>
        </Card>
      )}
    </div>
  );
}
