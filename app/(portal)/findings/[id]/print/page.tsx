import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FindingSheet } from "@/components/findings/finding-sheet";
import { PrintButton } from "@/components/sops/print-button";
import { LinkButton } from "@/components/ui";
import { requirePermission } from "@/lib/auth/session";
import { getFinding } from "@/lib/findings/data";

export const metadata: Metadata = { title: "Lembar Ketidaksesuaian" };

type Props = { params: Promise<{ id: string }> };

/** The printable sheet (HTML with print CSS); the PDF is /findings/[id]/pdf through lib/pdf. */
export default async function FindingPrintPage({ params }: Props) {
  const user = await requirePermission("finding.read");
  const finding = await getFinding(user, (await params).id);
  if (!finding) notFound();
  return (
    <div className="stack">
      <div className="no-print" style={{ display: "flex", gap: "0.5rem" }}>
        <PrintButton>Cetak lembar</PrintButton>
        <LinkButton href={`/findings/${encodeURIComponent(finding.id)}`} variant="secondary">Kembali ke temuan</LinkButton>
        <LinkButton href={`/findings/${encodeURIComponent(finding.id)}/pdf`} variant="secondary">Unduh PDF</LinkButton>
      </div>
      <FindingSheet finding={finding} />
    </div>
  );
}
