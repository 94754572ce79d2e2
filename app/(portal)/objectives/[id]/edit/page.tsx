import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { objectiveInputOf, revisionInputOf } from "@/components/objectives/objective-form-defaults";
import { ObjectiveForm } from "@/components/objectives/objective-form";
import { Alert, PageHeader, type SelectOption } from "@/components/ui";
import { requirePermission } from "@/lib/auth/session";
import { getObjective } from "@/lib/objectives/data";
import { manageableUnitPaths } from "@/lib/objectives/filters-data";
import { listObjectiveFormOptions } from "@/lib/objectives/options-data";

export const metadata: Metadata = { title: "Ubah sasaran mutu" };

type Props = { params: Promise<{ id: string }> };

/** Adds the current choice when the options no longer offer it (e.g. a PIC moved to another agency). */
const withCurrent = (options: SelectOption[], current: SelectOption[]) => [
  ...options,
  ...current.filter((c) => !options.some((o) => o.value === c.value)),
];

export default async function EditObjectivePage({ params }: Props) {
  const user = await requirePermission("objective.read");
  const { id } = await params;
  const objective = await getObjective(user, id);
  if (!objective) notFound();
  const mode = objective.allowed.edit ? "edit" : objective.allowed.revise ? "revise" : null;
  if (!mode) forbidden();

  const [options, unitPaths] = await Promise.all([listObjectiveFormOptions(user), manageableUnitPaths(user)]);
  // A pending revision is edited where it stands; a new one starts from the definition in force.
  const pending = mode === "revise" ? objective.pendingRevision : null;
  const defaults = pending ? revisionInputOf(objective, pending.definition) : objectiveInputOf(objective);
  // A superseded policy cannot be cited any more: the form asks for the one in force.
  const policyGone = objective.policy !== null && !options.policies.some((p) => p.id === objective.policy?.id);
  if (policyGone) Object.assign(defaults, { policyId: null, commitmentNo: null });

  const base = `/objectives/${encodeURIComponent(objective.id)}`;
  const title = mode === "revise" ? `${pending ? "Ubah draf revisi" : "Revisi"} ${objective.code}` : `Ubah ${objective.code}`;

  return (
    <div className="stack-lg">
      <PageHeader
        title={title}
        description={`${objective.statement} · ${objective.unit.name} · ${objective.year} · revisi ${objective.revisionNo}`}
        breadcrumbs={[
          { href: "/objectives", label: "Sasaran Mutu" },
          { href: base, label: `${objective.code} (${objective.year})` },
          { label: mode === "revise" ? "Revisi" : "Ubah" },
        ]}
      />
      {policyGone && (
        <Alert tone="warning" title="Kebijakan mutu sudah digantikan">
          Sasaran ini mengacu pada kebijakan mutu versi {objective.policy?.versionNo} yang tidak berlaku lagi. Pilih kebijakan mutu
          yang berlaku beserta komitmennya.
        </Alert>
      )}
      <ObjectiveForm
        key={pending ? `rev-${pending.version}` : objective.version}
        mode={mode}
        objective={{
          id: objective.id,
          version: pending ? pending.version : objective.version,
          revisionId: pending?.id ?? null,
          reason: pending?.reason ?? "",
          unitName: objective.unit.name,
        }}
        defaults={defaults}
        units={withCurrent(options.units, [{ value: objective.unit.id, label: objective.unit.name }])}
        unitPaths={{ [objective.unit.id]: objective.unit.path, ...unitPaths }}
        owners={withCurrent(options.owners, [{ value: objective.owner.id, label: objective.owner.name }])}
        sops={withCurrent(
          options.sops,
          objective.sops.map((s) => ({ value: s.id, label: `${s.title}${s.number ? ` (${s.number})` : ""} · ${s.unitName}` })),
        )}
        policies={options.policies}
        cancelHref={base}
      />
    </div>
  );
}
