// Shared inputs of the register tests.
import type { UploadedFile } from "../../../lib/attachments/store";
import type { DocumentFormValues, RevisionFormValues } from "../../../lib/documents/schema";
import { minimalPdf } from "../../../seeds/factories/documents";

export const pdf = (name = "dokumen.pdf", title = "Dokumen uji"): UploadedFile => ({ name, type: "application/pdf", bytes: minimalPdf(title) });

export function documentValues(unitId: string, overrides: Partial<DocumentFormValues> = {}): DocumentFormValues {
  return {
    unitId, type: "FORMULIR", code: null, title: "Formulir Uji Pengendalian Dokumen", description: null, access: "TERBATAS",
    retentionActiveYears: 2, retentionInactiveYears: 3, finalDisposition: "MUSNAH", reviewIntervalMonths: 24, ...overrides,
  };
}

export function revisionValues(documentId: string, version: number, overrides: Partial<RevisionFormValues> = {}): RevisionFormValues {
  return {
    documentId, revisionNo: null, version, changeReason: "Penerbitan pertama formulir uji", changedParts: null, effectiveDate: null, text: null, ...overrides,
  };
}
