// The client's address as the reverse proxy in front of the portal reports it. Next.js fills
// X-Forwarded-For with the socket's address when no proxy set it; a proxy (nginx
// `proxy_add_x_forwarded_for`) appends the address it saw, so the last entry is the one no client
// can forge. Used only to throttle sign-ins per address.
type HeaderBag = Headers | Record<string, string | string[] | undefined> | undefined | null;

function header(headers: HeaderBag, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? undefined;
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value.join(",") : value;
}

export function clientAddress(headers: HeaderBag): string | null {
  const forwarded = header(headers, "x-forwarded-for");
  const last = forwarded?.split(",").map((part) => part.trim()).filter(Boolean).at(-1);
  const address = last ?? header(headers, "x-real-ip")?.trim();
  if (!address) return null;
  // Keys stay short whatever a client sends.
  return address.slice(0, 64);
}
