import type { Metadata } from "next";
import { emptyObjectiveInput } from "@/components/objectives/objective-form-defaults";
import { ObjectiveForm } from "@/components/objectives/objective-form";
import { EmptyState, PageHeader } from "@/components/ui";
import { requirePermission } from "@/lib/auth/session";
import { manageableUnitPaths } from "@/lib/objectives/filters-data";
import { listObjectiveFormOptions } from "@/lib/objectives/options-data";

export const metadata: Metadata = { title: "Tambah sasaran mutu" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewObjectivePage({ searchParams }: Props) {
  const user = await requirePermission("objective.manage");
  const [params, options, unitPaths] = await Promise.all([searchParams, listObjectiveFormOptions(user), manageableUnitPaths(user)]);
  const wantedUnit = typeof params.unitId === "string" ? params.unitId : undefined;
  const unitId = options.units.some((u) => u.value === wantedUnit) ? wantedUnit : options.units.length === 1 ? options.units[0].value : undefined;

  return (
    <div className="stack-lg">
      <PageHeader
        title="Tambah sasaran mutu"
        description="Sasaran disimpan sebagai draf, lalu diajukan kepada pimpinan untuk disetujui sebelum diukur."
        breadcrumbs={[{ href: "/objectives", label: "Sasaran Mutu" }, { label: "Tambah sasaran" }]}
      />
      {options.units.length === 0 ? (
        <EmptyState title="Tidak ada unit yang dapat Anda kelola" description="Sasaran mutu hanya dapat disusun untuk unit dalam cakupan peran Anda." />
      ) : (
        <ObjectiveForm
          mode="create"
          defaults={emptyObjectiveInput(new Date().getFullYear(), unitId)}
          units={options.units}
          unitPaths={unitPaths}
          owners={options.owners}
          sops={options.sops}
          policies={options.policies}
          cancelHref="/objectives"
        />
      )}
    </div>
  );
}
