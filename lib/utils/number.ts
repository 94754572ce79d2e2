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

const formatter = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 });

export function formatDecimal(value: number | null | undefined): string {
  return value === null || value === undefined ? "–" : formatter.format(value);
}
