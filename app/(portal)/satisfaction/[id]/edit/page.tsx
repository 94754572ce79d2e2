import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { SurveyForm } from "@/components/satisfaction/survey-form";
import { surveyInputOf } from "@/components/satisfaction/survey-form-defaults";
import { PageHeader } from "@/components/ui";
import { requirePermission } from "@/lib/auth/session";
import { unitTreeOptions } from "@/lib/org/unit-tree-options";
import { getSurvey, listManageableUnits } from "@/lib/satisfaction/data";

export const metadata: Metadata = { title: "Ubah hasil SKM" };

type Props = { params: Promise<{ id: string }> };

export default async function EditSurveyPage({ params }: Props) {
  const user = await requirePermission("satisfaction.read");
  const { id } = await params;
  const survey = await getSurvey(user, id);
  if (!survey) notFound();
  if (!survey.mayEdit) forbidden();
  const units = await listManageableUnits(user);
  const base = `/satisfaction/${encodeURIComponent(survey.id)}`;
  return (
    <div className="stack-lg">
      <PageHeader
        title={`Ubah SKM ${survey.unitName}, ${survey.periodLabel}`}
        breadcrumbs={[{ href: "/satisfaction", label: "Kepuasan Masyarakat" }, { href: base, label: `${survey.unitName}, ${survey.periodLabel}` }, { label: "Ubah" }]}
      />
      <SurveyForm survey={{ id: survey.id, version: survey.version }} defaults={surveyInputOf(survey)} units={unitTreeOptions(units)} cancelHref={base} />
    </div>
  );
}
