"use client";
// An auditor's trainings and certificates, with their files and (for whoever records them) removal.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionError, UNAVAILABLE_FAILURE, type ActionFailure } from "@/components/forms";
import { Alert, Badge, Button, ConfirmDialog, EmptyState, Table, TBody, THead, Td, Th, Tr, useToast } from "@/components/ui";
import { deleteCompetenceAction } from "@/lib/audits/programme-actions";
import { COMPETENCE_KIND_LABELS } from "@/lib/audits/programme-constants";
import type { CompetenceSummary } from "@/lib/audits/programme-types";
import { formatDate } from "@/lib/utils/format";

export function CompetenceList({ summary, mayManage }: { summary: CompetenceSummary; mayManage: boolean }) {
  const router = useRouter();
  const toast = useToast();
  const [removing, setRemoving] = useState<{ id: string; version: number; title: string } | null>(null);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const remove = async () => {
    if (!removing) return;
    setPending(true);
    const result = await deleteCompetenceAction({ id: removing.id, version: removing.version }).catch(() => ({ ok: false as const, ...UNAVAILABLE_FAILURE }));
    setPending(false);
    if (!result.ok) return setFailure({ reason: result.reason, message: result.message });
    toast.success("Kompetensi dihapus.");
    setRemoving(null);
    router.refresh();
  };
  return (
    <div className="stack">
      {!summary.hasInternalAuditorTraining && (
        <Alert tone="warning" title="Belum ada pelatihan auditor internal">
          Auditor ini belum tercatat mengikuti pelatihan auditor internal (ISO 9001 / ISO 19011). Pertimbangkan sebelum menugaskannya.
        </Alert>
      )}
      {summary.items.length === 0 ? (
        <EmptyState title="Belum ada pelatihan atau sertifikat tercatat" />
      ) : (
        <Table caption="Pelatihan dan sertifikat">
          <THead>
            <Tr>
              <Th>Jenis</Th>
              <Th>Nama</Th>
              <Th>Penyelenggara</Th>
              <Th>Tanggal</Th>
              <Th>Berlaku sampai</Th>
              <Th>Berkas</Th>
              {mayManage && <Th><span className="visually-hidden">Tindakan</span></Th>}
            </Tr>
          </THead>
          <TBody>
            {summary.items.map((i) => (
              <Tr key={i.id}>
                <Td>{COMPETENCE_KIND_LABELS[i.kind]}</Td>
                <Td>
                  {i.title} {i.internalAuditor && <Badge tone="success">Auditor internal</Badge>}
                </Td>
                <Td>{i.provider ?? "—"}</Td>
                <Td nowrap>{formatDate(i.issuedOn)}</Td>
                <Td nowrap>{i.validUntil ? formatDate(i.validUntil) : "—"}</Td>
                <Td>{i.file ? <a href={`/audits/auditors/files/${encodeURIComponent(i.file.id)}`}>{i.file.name}</a> : "—"}</Td>
                {mayManage && (
                  <Td>
                    <Button type="button" variant="ghost" size="sm" onClick={() => { setFailure(null); setRemoving({ id: i.id, version: i.version, title: i.title }); }}>
                      Hapus
                    </Button>
                  </Td>
                )}
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      {removing && (
        <ConfirmDialog
          open
          title="Hapus kompetensi?"
          message={
            <div className="stack">
              <p>{`"${removing.title}" dihapus dari daftar kompetensi auditor. Riwayat perubahan tetap mencatatnya.`}</p>
              <ActionError failure={failure} />
            </div>
          }
          confirmLabel="Hapus"
          tone="danger"
          pending={pending}
          onConfirm={remove}
          onCancel={() => setRemoving(null)}
        />
      )}
    </div>
  );
}
