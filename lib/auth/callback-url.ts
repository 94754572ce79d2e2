// Only same-origin paths are followed after sign-in, so a crafted link cannot send users elsewhere.
// The value is parsed as a URL against a placeholder origin (the way a browser would resolve it)
// and accepted only when it stays on that origin, both as given and once percent-decoded:
// redirects and browsers decode "%09" to a tab and then drop it, turning "/%09/evil" into "//evil".

const BASE = "http://portal-mutu.invalid";
// Control characters (tab, CR, LF…) and backslashes have no place in a portal path; "\r\n" in a
// redirect target would also break the Location header.
const FORBIDDEN_CHARACTERS = /[\u0000-\u001f\u007f\\]/;

function staysOnOrigin(value: string): boolean {
  if (!value.startsWith("/") || value.startsWith("//") || FORBIDDEN_CHARACTERS.test(value)) return false;
  try {
    return new URL(value, BASE).origin === BASE;
  } catch {
    return false;
  }
}

function decodedForms(value: string): string[] | null {
  const forms = [value];
  let current = value;
  // Percent-encoding may be nested ("%2509"); a few rounds reach any form a chain of decoders sees.
  for (let round = 0; round < 3; round++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (next === current) break;
    forms.push(next);
    current = next;
  }
  return forms;
}

export function safeCallbackUrl(url: string | undefined | null, fallback = "/dashboard"): string {
  if (typeof url !== "string" || url.length === 0 || url.length > 2048) return fallback;
  const forms = decodedForms(url);
  if (!forms || !forms.every(staysOnOrigin)) return fallback;
  const parsed = new URL(url, BASE);
  return parsed.pathname + parsed.search + parsed.hash;
}
