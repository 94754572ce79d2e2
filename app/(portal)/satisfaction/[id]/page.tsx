import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActivityHistory } from "@/components/activity/activity-history";
import { TargetLineChart } from "@/components/charts/target-line-chart";
import { IkmCategoryBadge } from "@/components/satisfaction/category-badge";
import { Card, DescriptionList, LinkButton, PageHeader, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import { listRecordActivity } from "@/lib/activity/data";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { ENTRY_MODE_LABELS, PERIOD_TYPE_LABELS } from "@/lib/satisfaction/constants";
import { getSurvey, unitIkmHistory } from "@/lib/satisfaction/data";
import { resolvedShare } from "@/lib/satisfaction/rules";
import { formatCalendarDate, formatDateTime } from "@/lib/utils/format";
import { formatDecimal, formatNumber } from "@/lib/utils/number";

export const metadata: Metadata = { title: "Hasil SKM" };

/** The lowest IKM of mutu pelayanan B (Baik), drawn as the reference line. */
const B_FLOOR = 76.61;

type Props = { params: Promise<{ id: string }> };

export default async function SurveyPage({ params }: Props) {
  const user = await requirePermission("satisfaction.read");
  const { id } = await params;
  const survey = await getSurvey(user, id);
  if (!survey) notFound();
  const history = can(user, "activity.read", { unitPath: survey.unitPath }) ? await listRecordActivity(user, "satisfaction_survey", survey.id, survey.unitPath) : null;
  const ikmHistory = await unitIkmHistory(user, survey.unitId);
  const share = resolvedShare(survey.complaintsReceived, survey.complaintsResolved);
  const title = `SKM ${survey.unitName}, ${survey.periodLabel}`;
  return (
    <div className="stack-lg">
      <PageHeader
        title={title}
        breadcrumbs={[{ href: "/satisfaction", label: "Kepuasan Masyarakat" }, { label: `${survey.unitName}, ${survey.periodLabel}` }]}
        actions={survey.mayEdit && <LinkButton href={`/satisfaction/${encodeURIComponent(survey.id)}/edit`}>Ubah</LinkButton>}
      />
      <Card title="Ringkasan">
        <DescriptionList
          items={[
            { term: "Unit pelayanan", description: survey.unitName },
            { term: "Periode", description: `${survey.periodLabel} (${PERIOD_TYPE_LABELS[survey.periodType]}: ${formatCalendarDate(survey.periodStart)} – ${formatCalendarDate(survey.periodEnd)})` },
            { term: "Jumlah responden", description: formatNumber(survey.respondents) },
            { term: "Cara pengisian", description: ENTRY_MODE_LABELS[survey.entryMode] },
            { term: "IKM", description: <strong data-testid="survey-ikm">{formatDecimal(survey.ikm)}</strong> },
            { term: "Mutu pelayanan", description: <IkmCategoryBadge category={survey.category} /> },
            { term: "Pengaduan", description: `${formatNumber(survey.complaintsReceived)} diterima, ${formatNumber(survey.complaintsResolved)} selesai ditangani${share === null ? "" : ` (${formatDecimal(share)}%)`}` },
            { term: "Catatan", description: survey.note ?? "—" },
            { term: "Terakhir diubah", description: formatDateTime(survey.updatedAt) },
          ]}
        />
      </Card>
      <Card title="Nilai per unsur">
        <Table caption="Nilai rata-rata (NRR) per unsur pelayanan">
          <THead>
            <Tr>
              <Th>Unsur</Th>
              {survey.entryMode === "RESPONDEN" && [1, 2, 3, 4].map((s) => <Th key={s}>{`Nilai ${s}`}</Th>)}
              <Th>NRR</Th>
              <Th>NRR tertimbang (×1/9)</Th>
            </Tr>
          </THead>
          <TBody>
            {survey.elements.map((e) => (
              <Tr key={e.element}>
                <Td>{`${e.code} ${e.label}`}</Td>
                {survey.entryMode === "RESPONDEN" && (e.counts ?? [0, 0, 0, 0]).map((c, i) => <Td key={i} className="tabular">{formatNumber(c)}</Td>)}
                <Td className="tabular">{formatDecimal(e.nrr, 4)}</Td>
                <Td className="tabular">{formatDecimal(e.weighted, 4)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
        <p className="muted text-sm">IKM = jumlah NRR tertimbang × 25 (Permenpan RB 14/2017).</p>
      </Card>
      {ikmHistory.length > 1 && (
        <Card title={`Riwayat IKM ${survey.unitName}`}>
          <TargetLineChart
            title={`IKM ${survey.unitName} per periode`}
            data={ikmHistory.map((h) => ({ label: h.label, value: h.ikm }))}
            target={{ kind: "single", value: B_FLOOR, text: `Baik ≥ ${formatDecimal(B_FLOOR)}` }}
            unit="IKM"
            floor={25}
          />
        </Card>
      )}
      {history && (
        <Card title="Riwayat perubahan">
          <ActivityHistory entries={history} labels={{ valueLabels: { periodType: PERIOD_TYPE_LABELS, entryMode: ENTRY_MODE_LABELS } }} />
        </Card>
      )}
    </div>
  );
}
