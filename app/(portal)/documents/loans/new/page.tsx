import type { Metadata } from "next";
import { LoanRequestForm } from "@/components/documents/loans/loan-request-form";
import { Card, PageHeader } from "@/components/ui";
import { requirePermission } from "@/lib/auth/session";
import { loanableDocuments } from "@/lib/documents/loan-data";

export const metadata: Metadata = { title: "Ajukan Peminjaman Arsip" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewLoanPage({ searchParams }: Props) {
  const user = await requirePermission("archive.loan.request");
  const params = await searchParams;
  const documentId = typeof params.documentId === "string" ? params.documentId : undefined;
  return (
    <div className="stack-lg">
      <PageHeader
        title="Ajukan Peminjaman Arsip"
        breadcrumbs={[{ href: "/documents/loans", label: "Peminjaman Arsip" }, { label: "Ajukan" }]}
        description="Permintaan dicatat dalam buku agenda pinjam dokumen dan diteruskan kepada arsiparis."
      />
      <Card>
        <LoanRequestForm documents={await loanableDocuments(user)} documentId={documentId} />
      </Card>
    </div>
  );
}
