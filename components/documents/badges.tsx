import { Badge, type Tone } from "@/components/ui";
import {
  DOCUMENT_ACCESS_LABELS,
  DOCUMENT_STATUS_LABELS,
  REVISION_STATUS_LABELS,
  type DocumentAccess,
  type DocumentRevisionStatus,
  type DocumentStatus,
} from "@/lib/documents/constants";

const REVISION_TONES: Record<DocumentRevisionStatus, Tone> = {
  DRAF: "neutral",
  DIAJUKAN: "info",
  DIPERIKSA: "info",
  DIKEMBALIKAN: "warning",
  DISAHKAN: "info",
  BERLAKU: "success",
  KADALUARSA: "danger",
  DIBATALKAN: "neutral",
};

export function RevisionStatusBadge({ status }: { status: DocumentRevisionStatus }) {
  return <Badge tone={REVISION_TONES[status]}>{REVISION_STATUS_LABELS[status]}</Badge>;
}

const ACCESS_TONES: Record<DocumentAccess, Tone> = { BEBAS: "success", TERBATAS: "info", RAHASIA: "danger" };

export function AccessBadge({ access }: { access: DocumentAccess }) {
  return <Badge tone={ACCESS_TONES[access]}>{DOCUMENT_ACCESS_LABELS[access]}</Badge>;
}

const DOCUMENT_TONES: Record<DocumentStatus, Tone> = { AKTIF: "success", DITARIK: "warning", DIMUSNAHKAN: "neutral", DISERAHKAN: "neutral" };

export function DocumentStatusBadge({ status }: { status: DocumentStatus }) {
  return <Badge tone={DOCUMENT_TONES[status]}>{DOCUMENT_STATUS_LABELS[status]}</Badge>;
}
