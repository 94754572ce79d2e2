import type { Metadata } from "next";
import { CoverageMatrix } from "@/components/audits/programme/coverage-matrix";
import { MonthGrid, YearByUnit } from "@/components/audits/programme/programme-calendar";
import { Button, Card, EmptyState, PageHeader } from "@/components/ui";
import { coverageAgencies, getCoverage } from "@/lib/audits/coverage-data";
import { requirePermission } from "@/lib/auth/session";
import { z } from "@/lib/utils/zod";

export const metadata: Metadata = { title: "Cakupan dan Kalender Audit" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const querySchema = z.object({
  agencyId: z.string().trim().min(1).optional().catch(undefined),
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
});

export default async function CoveragePage({ searchParams }: Props) {
  const user = await requirePermission("audit.read");
  const query = querySchema.parse(await searchParams);
  const agencies = await coverageAgencies(user);
  const agencyId = query.agencyId && agencies.some((a) => a.id === query.agencyId) ? query.agencyId : agencies[0]?.id;
  const year = query.year ?? new Date().getFullYear();
  const coverage = agencyId ? await getCoverage(user, agencyId, year) : null;

  return (
    <div className="stack-lg">
      <PageHeader
        title="Cakupan dan kalender audit"
        description="Unit × klausul ISO 9001:2015 (4-10) untuk satu tahun: direncanakan, diaudit atau belum tercakup; kalender rencana dan pelaksanaan."
        breadcrumbs={[{ href: "/audits", label: "Audit Internal" }, { href: "/audits/programme", label: "Program audit" }, { label: "Cakupan" }]}
      />
      <Card>
        <form method="get" className="cluster">
          <label>
            Perangkat Daerah{" "}
            <select name="agencyId" defaultValue={agencyId}>
              {agencies.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Tahun <input type="number" name="year" defaultValue={year} min={2000} max={2100} />
          </label>
          <Button type="submit" variant="secondary">
            Tampilkan
          </Button>
        </form>
      </Card>
      {coverage ? (
        <>
          <Card>
            <CoverageMatrix coverage={coverage} />
          </Card>
          <Card>
            <MonthGrid coverage={coverage} />
          </Card>
          <Card>
            <YearByUnit coverage={coverage} />
          </Card>
        </>
      ) : (
        <EmptyState title="Belum ada data cakupan" description="Pilih Perangkat Daerah dalam cakupan Anda." />
      )}
    </div>
  );
}
