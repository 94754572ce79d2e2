/**
 * Placeholders a converter or a template leaves where a picture was: the logo of the identity block
 * ("LOGO", "[logo]", "(Logo Pemda)") and the signature ("ttd", "ttd.", "(ttd)", "TTD"). They stand
 * for an image, never for text of the SOP, wherever they are printed.
 */

const BRACKETED_LOGO = /^[[(<{]\s*logo(?:\s+[\p{L}.]+){0,3}\s*[\])>}]/iu;
/** Unbracketed only as the word itself or in capitals ("LOGO PEMDA"), so "Logo instansi dicetak" stays. */
const BARE_LOGO = /^(?:logo|LOGO(?:\s+[A-Z.]+){0,2})$/;

/** The text without a logo placeholder at its start; "" when the text is nothing else. */
export function withoutLogo(text: string): string {
  const t = text.trim();
  if (BARE_LOGO.test(t)) return "";
  const m = BRACKETED_LOGO.exec(t);
  return m ? t.slice(m[0].length).trim() : t;
}

const SIGNATURE = /(^|\s)[[(]?\s*(?:ttd|t\.\s?t\.\s?d)\s*[.)\]]?(?=\s|$)/gi;

/** The text without "ttd", "ttd.", "(ttd)", "TTD", "t.t.d.": the mark that a copy was signed. */
export function withoutSignatureMarks(text: string): string {
  return text.replace(SIGNATURE, " ").replace(/\s+/g, " ").trim();
}
