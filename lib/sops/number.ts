// How an SOP's printed number reads. Many decrees print only the year in the number field
// ("Nomor SOP: Tahun 2024"): that is no number, and the portal says so instead of "Nomor Tahun 2024".

export const MISSING_SOP_NUMBER = "Nomor belum tercantum";

/** True when the printed number holds nothing but (at most) the year of the decree. */
export function isMissingSopNumber(nomor: string | null | undefined): boolean {
  if (!nomor) return true;
  const rest = nomor.replace(/tahun\s*\d{4}/gi, "").replace(/[\s:.,;/\\-]+/g, "");
  return rest === "";
}

/** The number as shown to readers: the printed number, or "Nomor belum tercantum". */
export function sopNumberText(nomor: string | null | undefined): string {
  return isMissingSopNumber(nomor) ? MISSING_SOP_NUMBER : nomor!.trim();
}
