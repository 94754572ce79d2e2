import type { Metadata } from "next";
import { SurveyForm } from "@/components/satisfaction/survey-form";
import { emptySurveyInput } from "@/components/satisfaction/survey-form-defaults";
import { EmptyState, PageHeader } from "@/components/ui";
import { requirePermission } from "@/lib/auth/session";
import { unitTreeOptions } from "@/lib/org/unit-tree-options";
import { listManageableUnits } from "@/lib/satisfaction/data";

export const metadata: Metadata = { title: "Catat hasil SKM" };

export default async function NewSurveyPage() {
  const user = await requirePermission("satisfaction.manage");
  const units = await listManageableUnits(user);
  return (
    <div className="stack-lg">
      <PageHeader
        title="Catat hasil SKM"
        description="IKM dihitung dari nilai sembilan unsur: NRR tertimbang (bobot 1/9) dijumlahkan lalu dikalikan 25."
        breadcrumbs={[{ href: "/satisfaction", label: "Kepuasan Masyarakat" }, { label: "Catat hasil SKM" }]}
      />
      {units.length === 0 ? (
        <EmptyState title="Tidak ada unit yang dapat Anda kelola" description="Hasil SKM hanya dapat dicatat untuk unit dalam cakupan peran Anda." />
      ) : (
        <SurveyForm
          defaults={emptySurveyInput(new Date().getFullYear(), units.length === 1 ? units[0].id : undefined)}
          units={unitTreeOptions(units)}
          cancelHref="/satisfaction"
        />
      )}
    </div>
  );
}
