// What leaves the server about SOPs.
import type { SopContent } from "./content";
import type { Warning } from "./import/types";
import type { SnippetPart } from "./snippet";

export interface SopRow {
  id: string;
  number: string | null;
  title: string;
  unitId: string;
  unitName: string;
  agencyName: string;
  stepCount: number;
  totalMinutes: number;
  unknownTimeSteps: number;
  revisionNo: number;
  /** A revision on its way through check and approval in the register (not in force yet). */
  pendingRevisionNo: number | null;
  updatedAt: Date;
  /** With a search: the matching words in their context, when the text (not only the name or number) matched. */
  snippet: SnippetPart[] | null;
}

export interface SopRevisionSummary {
  revisionNo: number;
  createdAt: Date;
  createdBy: string | null;
  source: string;
  sourceName: string | null;
  reason: string | null;
}

export interface SopLinkView {
  name: string;
  target: { id: string; title: string; unitName: string } | null;
}

export interface SopDetail {
  id: string;
  number: string | null;
  title: string;
  unit: { id: string; name: string; path: string };
  agency: { id: string; name: string };
  active: boolean;
  version: number;
  currentRevisionNo: number;
  /** The revision shown (the current one unless another was asked for). */
  revision: SopRevisionSummary & { content: SopContent; warnings: Warning[] };
  revisions: SopRevisionSummary[];
  links: SopLinkView[];
  referencedBy: { id: string; title: string; unitName: string }[];
  totalMinutes: number;
  unknownTimeSteps: number;
  /** The SOP's PROSEDUR document in the register (null only before it is linked). */
  document: { id: string; code: string; nextReviewAt: Date | null } | null;
  /** The revision on its way through check and approval (not in force yet). */
  pending: SopPendingRevision | null;
}

export interface SopPendingRevision {
  id: string;
  revisionNo: number;
  status: "DRAF" | "DIAJUKAN" | "DIPERIKSA" | "DIKEMBALIKAN" | "DISAHKAN";
  version: number;
  changeReason: string;
  requestedBy: string | null;
  createdAt: Date;
  /** Its editors may still change the content (DRAF or DIKEMBALIKAN). */
  editable: boolean;
  /** The proposed content: only for the SOP's managers and the document's keepers. */
  content: SopContent | null;
}
