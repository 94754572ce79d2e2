// Numbers as Indonesian users write and read them: "95,5" and "1.250,75".

/**
 * Parses a number typed with an Indonesian decimal comma (thousands separated by dots), or with a
 * plain decimal point. Returns null for anything that is not a number.
 */
export function parseDecimal(raw: string | number | null | undefined): number | null {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : null;
  if (raw === null || raw === undefined) return null;
  let text = raw.trim().replace(/\s+/g, "");
  if (text === "") return null;
  if (text.includes(",")) {
    // Comma is the decimal mark: dots are thousands separators.
    if (!/^[-+]?\d{1,3}(\.\d{3})*(,\d+)?$|^[-+]?\d+(,\d+)?$/.test(text)) return null;
    text = text.replace(/\./g, "").replace(",", ".");
  } else if (/^[-+]?\d{1,3}(\.\d{3}){2,}$/.test(text)) {
    // "1.250.000": only thousands separators.
    text = text.replace(/\./g, "");
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

const countFormat = new Intl.NumberFormat("id-ID");
const decimalFormat = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 });

/** A count or an amount for reading: "1.250", "2,5" (thousands dots, up to 3 decimals). */
export function formatNumber(value: number): string {
  return countFormat.format(value);
}

const preciseFormats = new Map<number, Intl.NumberFormat>();

/**
 * A measured value for reading, to 2 decimals: "95,5", "1.250,75"; "–" when there is none.
 * `maxFractionDigits` shows more where the value is kept finer (an SKM element's NRR: 4).
 */
export function formatDecimal(value: number | null | undefined, maxFractionDigits = 2): string {
  if (value === null || value === undefined) return "–";
  if (maxFractionDigits === 2) return decimalFormat.format(value);
  let format = preciseFormats.get(maxFractionDigits);
  if (!format) {
    format = new Intl.NumberFormat("id-ID", { maximumFractionDigits: maxFractionDigits });
    preciseFormats.set(maxFractionDigits, format);
  }
  return format.format(value);
}

/**
 * A number as it is typed back into a form or read by a spreadsheet set to Indonesian: every
 * digit, a decimal comma and no thousands dots ("1250,75"); parseDecimal reads it again.
 */
export function decimalText(value: number): string {
  return String(value).replace(".", ",");
}
