// Who may list, read and download a controlled document: one rule over its access class, used by
// the pages, the download route and (as a where-clause, access-where.ts) by every list.
// - Keepers (document.manage, .check or .approve over the owner unit) read every document and
//   every revision of their scope, drafts included.
// - BEBAS: everyone signed in. TERBATAS: the people of the owner agency (home unit or a grant
//   inside it, or a grant covering it, e.g. PEMANTAU of the province). RAHASIA: keepers only.
// - A recipient of a distribution reads what was distributed to them, whatever the class.
// Readers who are not keepers see only the revision in force.
import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/types";

export interface DocumentAccessSubject {
  access: "BEBAS" | "TERBATAS" | "RAHASIA";
  /** Owner unit's path. */
  unitPath: string;
  agencyPath: string;
  /** The user holds a wajib-baca row of this document through a copy that is not withdrawn. */
  isRecipient: boolean;
}

/** Keeps the document: may see drafts and history, and act on it within its permissions. */
export function keepsDocument(user: SessionUser | null, unitPath: string): boolean {
  return (
    can(user, "document.manage", { unitPath }) ||
    can(user, "document.check", { unitPath }) ||
    can(user, "document.approve", { unitPath })
  );
}

/** Every path the user belongs to: the home unit and each grant's unit. */
function memberPaths(user: SessionUser): string[] {
  return [user.unitPath, ...user.grants.map((g) => g.unitPath).filter((p): p is string => p !== null)];
}

/** Is the user one of the agency's people (home unit or a grant inside it, or a grant covering it)? */
export function belongsToAgency(user: SessionUser, agencyPath: string): boolean {
  if (can(user, "document.read", { unitPath: agencyPath })) return true;
  return memberPaths(user).some((path) => path.startsWith(agencyPath));
}

export function mayReadDocument(user: SessionUser | null, doc: DocumentAccessSubject): boolean {
  if (!user || !can(user, "document.read")) return false;
  if (keepsDocument(user, doc.unitPath) || doc.isRecipient) return true;
  if (doc.access === "BEBAS") return true;
  if (doc.access === "TERBATAS") return belongsToAgency(user, doc.agencyPath);
  return false;
}

/** The chain of a unit's paths from the root: "/a/b/" → ["/a/", "/a/b/"]. */
export function pathPrefixes(path: string): string[] {
  const ids = path.split("/").filter(Boolean);
  return ids.map((_, i) => `/${ids.slice(0, i + 1).join("/")}/`);
}
