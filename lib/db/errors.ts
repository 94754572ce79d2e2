// Database failures that are expected in operation, told apart from bugs: a unique key taken by
// someone else at the same moment, and the database being unreachable. Prisma reports them as
// known request errors (P-codes) or, through the driver adapters, as DriverAdapterError causes.

export type DatabaseFailure = { kind: "unique"; fields: string[] } | { kind: "unavailable" } | { kind: "contention" };

const UNAVAILABLE_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028"]);
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "DatabaseDoesNotExist"]);
const NODE_NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "57P01", "57P03"]);

interface ErrorShape {
  name?: string;
  code?: unknown;
  meta?: { target?: unknown; driverAdapterError?: { cause?: { kind?: string; constraint?: { fields?: string[] } } } };
  cause?: { kind?: string; constraint?: { fields?: string[] }; code?: unknown };
  message?: string;
}

function uniqueFields(e: ErrorShape): string[] {
  const target = e.meta?.target;
  if (Array.isArray(target)) return target.map(String);
  return e.meta?.driverAdapterError?.cause?.constraint?.fields ?? e.cause?.constraint?.fields ?? [];
}

export function classifyDatabaseError(error: unknown): DatabaseFailure | null {
  if (typeof error !== "object" || error === null) return null;
  const e = error as ErrorShape;
  const kind = e.cause?.kind ?? e.meta?.driverAdapterError?.cause?.kind;
  if (e.code === "P2002" || kind === "UniqueConstraintViolation" || e.cause?.code === "23505") return { kind: "unique", fields: uniqueFields(e) };
  // A deadlock or a serialization failure: another writer got there first; trying again works.
  const sqlState = e.cause?.code ?? (e.meta?.driverAdapterError?.cause as { originalCode?: string } | undefined)?.originalCode ?? (e.message?.match(/Code: `(40001|40P01)`/)?.[1]);
  if (sqlState === "40001" || sqlState === "40P01" || kind === "TransactionWriteConflict") return { kind: "contention" };
  if (typeof e.code === "string" && (UNAVAILABLE_CODES.has(e.code) || NODE_NETWORK_CODES.has(e.code))) return { kind: "unavailable" };
  if (kind && UNAVAILABLE_KINDS.has(kind)) return { kind: "unavailable" };
  if (typeof e.cause?.code === "string" && NODE_NETWORK_CODES.has(e.cause.code)) return { kind: "unavailable" };
  return null;
}
