// The values a new document's form starts with (the type's defaults), usable by the server page.
import { TYPE_DEFAULTS, type DocumentType } from "@/lib/documents/constants";
import type { DocumentFormInput } from "@/lib/documents/schema";

export function newDocumentDefaults(unitId: string, type: DocumentType = "FORMULIR"): DocumentFormInput {
  const d = TYPE_DEFAULTS[type];
  return {
    unitId, type, code: "", title: "", description: "", access: d.access,
    retentionActiveYears: d.active, retentionInactiveYears: d.inactive, finalDisposition: d.disposition, reviewIntervalMonths: d.reviewMonths,
  };
}
