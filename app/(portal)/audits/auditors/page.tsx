import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Card, EmptyState, PageHeader, Table, TBody, THead, Td, Th, Tr } from "@/components/ui";
import { listAuditorPool } from "@/lib/audits/competence-data";
import { requirePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Kumpulan Auditor" };

export default async function AuditorPoolPage() {
  const user = await requirePermission("auditor_pool.read");
  const pool = await listAuditorPool(user);
  return (
    <div className="stack-lg">
      <PageHeader
        title="Kumpulan auditor se-provinsi"
        description="Auditor internal setiap Perangkat Daerah di provinsi Anda, untuk audit silang: kompetensi dan penugasan sebelumnya (ISO 19011:2018 klausul 7)."
        breadcrumbs={[{ href: "/audits", label: "Audit Internal" }, { href: "/audits/programme", label: "Program audit" }, { label: "Auditor" }]}
      />
      <Card>
        {pool.length === 0 ? (
          <EmptyState title="Belum ada auditor" description="Auditor adalah pegawai yang memegang peran Auditor." />
        ) : (
          <Table caption="Auditor">
            <THead>
              <Tr>
                <Th>Nama</Th>
                <Th>Perangkat Daerah · unit</Th>
                <Th>Kompetensi</Th>
                <Th>Penugasan sebelumnya</Th>
              </Tr>
            </THead>
            <TBody>
              {pool.map((a) => (
                <Tr key={a.id}>
                  <Td><Link href={`/audits/auditors/${encodeURIComponent(a.id)}`}>{a.name}</Link></Td>
                  <Td>{a.agencyName} · {a.unitName}</Td>
                  <Td>
                    {a.competence.hasInternalAuditorTraining ? <Badge tone="success">Pelatihan auditor internal</Badge> : <Badge tone="warning">Belum pelatihan auditor internal</Badge>}{" "}
                    {a.competence.items.length} pelatihan/sertifikat
                  </Td>
                  <Td>
                    {a.assignments.length === 0
                      ? "—"
                      : a.assignments.slice(0, 3).map((s) => `${s.number} (${s.agencyName}, ${s.year}${s.role === "KETUA" ? ", ketua" : ""}${s.crossAgency ? ", audit silang" : ""})`).join("; ")}
                    {a.assignments.length > 3 && ` dan ${a.assignments.length - 3} lainnya`}
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
    </div>
  );
}
