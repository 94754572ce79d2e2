import type { Metadata } from "next";
import { FindingForm } from "@/components/findings/finding-form";
import { Card, EmptyState, LinkButton, PageHeader } from "@/components/ui";
import { requirePermission } from "@/lib/auth/session";
import { listFindingFormOptions, missedObjectivePrefill } from "@/lib/findings/options-data";
import { unitTreeOptions } from "@/lib/org/unit-tree-options";

export const metadata: Metadata = { title: "Catat temuan" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewFindingPage({ searchParams }: Props) {
  const user = await requirePermission("finding.raise");
  const params = await searchParams;
  const options = await listFindingFormOptions(user);
  const objectiveId = typeof params.objectiveId === "string" ? params.objectiveId : null;
  const period = typeof params.period === "string" ? Number(params.period) : NaN;
  const prefill = objectiveId && Number.isInteger(period) ? await missedObjectivePrefill(user, objectiveId, period) : null;

  return (
    <div className="stack-lg">
      <PageHeader
        title="Catat temuan"
        description="Temuan dari audit eksternal/surveilans, pengaduan, sasaran mutu yang tidak tercapai, tinjauan manajemen atau laporan sendiri, dalam format PLOR."
        actions={<LinkButton href="/findings" variant="secondary">Kembali ke register</LinkButton>}
      />
      <Card>
        {options.units.length === 0 ? (
          <EmptyState title="Anda tidak dapat mencatat temuan di luar audit" description="Temuan di luar audit dicatat oleh manajer mutu; auditor mencatat temuan melalui daftar periksa audit yang ditugaskan kepadanya." />
        ) : objectiveId && !prefill ? (
          <EmptyState title="Periode sasaran mutu tidak ditemukan" description="Sasaran mutu atau pengukuran periode ini tidak ada atau di luar cakupan Anda." />
        ) : (
          <FindingForm
            units={unitTreeOptions(options.units.map((u) => ({ ...u, path: u.path ?? "" })))}
            sops={options.sops.map((s) => ({ value: s.id, label: s.name, unitId: s.unitId }))}
            clauses={options.clauses.map((c) => ({ value: c.id, label: c.name }))}
            objectiveLabel={prefill ? prefill.statement : undefined}
            initial={prefill ? {
              source: "SASARAN_MUTU", unitId: prefill.unitId, objectiveId: prefill.objectiveId, measurementPeriod: String(prefill.period),
              statement: prefill.statement, evidence: prefill.evidence, reference: prefill.reference, clauseCode: options.clauses.some((c) => c.id === "9.1.3") ? "9.1.3" : "",
            } : {}}
          />
        )}
      </Card>
    </div>
  );
}
