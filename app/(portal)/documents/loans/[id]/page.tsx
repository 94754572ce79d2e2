import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LoanActions } from "@/components/documents/loans/loan-actions";
import { LoanIssueForm } from "@/components/documents/loans/loan-issue-form";
import { LoanStatusBadge } from "@/components/documents/loans/loan-status-badge";
import { Card, DescriptionList, PageHeader } from "@/components/ui";
import { requirePermission } from "@/lib/auth/session";
import { getLoan, loanToday } from "@/lib/documents/loan-data";
import { daysOverdue, defaultDueDate } from "@/lib/documents/loan-rules";
import { isoDate } from "@/lib/org/time-zones";
import { formatCalendarDate, formatDateTime } from "@/lib/utils/format";

export const metadata: Metadata = { title: "Peminjaman Arsip" };

type Props = { params: Promise<{ id: string }> };

export default async function LoanPage({ params }: Props) {
  const user = await requirePermission("archive.loan.request");
  const loan = await getLoan(user, (await params).id);
  if (!loan) notFound();
  const today = loanToday();
  return (
    <div className="stack-lg">
      <PageHeader
        title={`Peminjaman ${loan.agendaNo}`}
        breadcrumbs={[{ href: "/documents/loans", label: "Peminjaman Arsip" }, { label: loan.agendaNo }]}
        description={loan.archiveTitle}
        actions={<LoanActions loan={loan} />}
      />
      <Card title="Kartu peminjaman">
        <DescriptionList
          items={[
            { term: "Status", description: <><LoanStatusBadge status={loan.status} overdue={loan.overdue} />{loan.overdue && loan.dueDate ? ` ${daysOverdue(loan.dueDate, today)} hari melewati batas waktu` : ""}</> },
            { term: "Nomor agenda", description: loan.agendaNo },
            { term: "Arsip", description: loan.documentId ? <Link href={`/documents/${encodeURIComponent(loan.documentId)}`}>{loan.archiveTitle}</Link> : loan.archiveTitle },
            { term: "Peminjam", description: `${loan.borrowerName}, ${loan.borrowerUnitName}` },
            { term: "Keperluan", description: loan.purpose },
            { term: "Diajukan", description: formatDateTime(loan.requestedAt) },
            { term: "Nomor kartu kendali", description: loan.controlCardNo ?? "-" },
            { term: "Tanggal keluar", description: loan.outAt ? `${formatCalendarDate(loan.outAt)}${loan.issuedBy ? `, diserahkan ${loan.issuedBy}` : ""}` : "-" },
            { term: "Batas waktu pengembalian", description: loan.dueDate ? formatCalendarDate(loan.dueDate) : "-" },
            { term: "Diterima peminjam", description: loan.borrowerAckAt ? formatDateTime(loan.borrowerAckAt) : loan.status === "DIPINJAM" ? "Belum dinyatakan" : "-" },
            { term: "Dikembalikan", description: loan.returnedAt ? `${formatDateTime(loan.returnedAt)}${loan.receivedBy ? `, diterima ${loan.receivedBy}` : ""}` : "-" },
            { term: "Kondisi saat kembali", description: loan.returnCondition ?? "-" },
            ...(loan.refuseNote ? [{ term: "Alasan penolakan", description: loan.refuseNote }] : []),
          ]}
        />
      </Card>
      {loan.mayIssue && (
        <Card title="Serahkan arsip">
          <LoanIssueForm id={loan.id} version={loan.version} today={isoDate(today)} defaultDue={isoDate(defaultDueDate(today))} />
        </Card>
      )}
    </div>
  );
}
