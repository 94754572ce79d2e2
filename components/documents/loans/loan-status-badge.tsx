import { Badge } from "@/components/ui";
import { LOAN_STATUS_LABELS, type ArchiveLoanStatus } from "@/lib/documents/constants";

export function LoanStatusBadge({ status, overdue }: { status: ArchiveLoanStatus; overdue: boolean }) {
  if (overdue) return <Badge tone="danger">Terlambat</Badge>;
  const tone = status === "DIPINJAM" ? "warning" : status === "DIKEMBALIKAN" ? "success" : status === "DITOLAK" ? "neutral" : "info";
  return <Badge tone={tone}>{LOAN_STATUS_LABELS[status]}</Badge>;
}
