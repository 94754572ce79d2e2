import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CompetenceForm } from "@/components/audits/competence/competence-form";
import { CompetenceList } from "@/components/audits/competence/competence-list";
import { Card, EmptyState, PageHeader, Table, TBody, THead, Td, Th, Tr } from "@/components/ui";
import { getAuditorProfile } from "@/lib/audits/competence-data";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Kompetensi Auditor" };

/** /audits/auditors/saya: the signed-in auditor's own page. */
export default async function AuditorPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const a = await getAuditorProfile(user, id === "saya" ? user.id : id);
  if (!a) notFound();
  return (
    <div className="stack-lg">
      <PageHeader
        title={a.name}
        description={`${a.agencyName} · ${a.unitName}${a.nip ? ` · NIP ${a.nip}` : ""}`}
        breadcrumbs={[{ href: "/audits/auditors", label: "Auditor" }, { label: a.name }]}
      />
      <Card title="Pelatihan dan sertifikat">
        <CompetenceList summary={a.competence} mayManage={a.mayManage} />
      </Card>
      {a.mayManage && (
        <Card title="Catat pelatihan atau sertifikat">
          <CompetenceForm userId={a.id} />
        </Card>
      )}
      <Card title="Penugasan audit">
        {a.assignments.length === 0 ? (
          <EmptyState title="Belum pernah ditugaskan" />
        ) : (
          <Table caption="Penugasan audit">
            <THead>
              <Tr>
                <Th>Nomor</Th>
                <Th>Audit</Th>
                <Th>Perangkat Daerah</Th>
                <Th numeric>Tahun</Th>
                <Th>Peran</Th>
              </Tr>
            </THead>
            <TBody>
              {a.assignments.map((s) => (
                <Tr key={s.auditId}>
                  <Td nowrap>{s.number}</Td>
                  <Td>{s.title}</Td>
                  <Td>{s.agencyName}{s.crossAgency ? " (audit silang)" : ""}</Td>
                  <Td numeric>{s.year}</Td>
                  <Td>{s.role === "KETUA" ? "Ketua (lead auditor)" : "Anggota"}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
    </div>
  );
}
