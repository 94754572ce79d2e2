import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProgrammeForm } from "@/components/audits/programme/programme-form";
import { PageHeader } from "@/components/ui";
import { getProgrammeForEdit, programmeFormOptions, programmeRisks } from "@/lib/audits/programme-data";
import type { UnitRiskRow } from "@/lib/audits/programme-types";
import { requirePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Ubah Program Audit" };

export default async function EditProgrammePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("audit_programme.manage");
  const programme = await getProgrammeForEdit(user, (await params).id);
  if (!programme) notFound();
  const options = await programmeFormOptions(user);
  const risks: Record<string, UnitRiskRow> = {};
  for (const r of await programmeRisks(user, programme.values.agencyId)) risks[r.unitId] = r;
  const href = `/audits/programme/${encodeURIComponent(programme.id)}`;
  return (
    <div className="stack-lg">
      <PageHeader
        title={`Ubah program audit ${programme.values.year}`}
        breadcrumbs={[{ href: "/audits/programme", label: "Program audit" }, { href, label: `Program ${programme.values.year}` }, { label: "Ubah" }]}
      />
      <ProgrammeForm programme={{ id: programme.id, version: programme.version }} defaults={programme.values} options={options} risks={risks} cancelHref={href} />
    </div>
  );
}
