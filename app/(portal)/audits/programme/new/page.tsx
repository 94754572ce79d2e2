import type { Metadata } from "next";
import { emptyRound } from "@/components/audits/programme/programme-defaults";
import { ProgrammeForm } from "@/components/audits/programme/programme-form";
import { EmptyState, PageHeader } from "@/components/ui";
import { programmeFormOptions, programmeRisks } from "@/lib/audits/programme-data";
import type { UnitRiskRow } from "@/lib/audits/programme-types";
import { requirePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Susun Program Audit" };

export default async function NewProgrammePage() {
  const user = await requirePermission("audit_programme.manage");
  const options = await programmeFormOptions(user);
  const risks: Record<string, UnitRiskRow> = {};
  for (const agency of options.agencies) for (const r of await programmeRisks(user, agency.id)) risks[r.unitId] = r;
  return (
    <div className="stack-lg">
      <PageHeader
        title="Susun program audit"
        description="Minimal dua putaran setahun. Prioritas di samping setiap unit dihitung dari temuan, sasaran mutu, revisi SOP dan waktu sejak audit terakhir."
        breadcrumbs={[{ href: "/audits/programme", label: "Program audit" }, { label: "Susun" }]}
      />
      {options.agencies.length === 0 ? (
        <EmptyState title="Tidak ada Perangkat Daerah dalam cakupan Anda" />
      ) : (
        <ProgrammeForm
          defaults={{ agencyId: options.agencies.length === 1 ? options.agencies[0].id : "", year: new Date().getFullYear(), objectives: "", rounds: [emptyRound(1), emptyRound(2)] }}
          options={options}
          risks={risks}
          cancelHref="/audits/programme"
        />
      )}
    </div>
  );
}
