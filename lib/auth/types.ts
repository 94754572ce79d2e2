import type { Role } from "./roles";

export interface RoleGrantScope {
  role: Role;
  /** null: the whole portal. */
  unitId: string | null;
  /** Materialised path of the unit ("/a/b/"), null for the whole portal. */
  unitPath: string | null;
  unitName: string | null;
}

/** The signed-in user as every permission check sees it, loaded fresh from the database. */
export interface SessionUser {
  id: string;
  name: string;
  nip: string | null;
  email: string | null;
  unitId: string;
  unitName: string;
  unitPath: string;
  mustChangePassword: boolean;
  grants: RoleGrantScope[];
}
