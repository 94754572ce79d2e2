// What leaves the server about units and users (never raw Prisma rows, never password hashes).
import type { Role } from "../auth/roles";
import type { UnitType } from "./constants";

export interface UnitNode {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
  type: UnitType;
  parentId: string | null;
  path: string;
  depth: number;
  active: boolean;
  version: number;
  userCount: number;
  children: UnitNode[];
}

export interface UnitOption {
  id: string;
  label: string;
  depth: number;
  type: UnitType;
  active: boolean;
}

export interface UserRow {
  id: string;
  name: string;
  nip: string | null;
  email: string | null;
  position: string | null;
  unitName: string;
  active: boolean;
  roles: { role: Role; unitName: string | null }[];
  lastLoginAt: Date | null;
}

export interface UserDetail {
  id: string;
  name: string;
  nip: string | null;
  email: string | null;
  position: string | null;
  unitId: string;
  unitName: string;
  unitPath: string;
  active: boolean;
  mustChangePassword: boolean;
  version: number;
  lastLoginAt: Date | null;
  createdAt: Date;
  grants: { id: string; role: Role; unitId: string | null; unitName: string | null; createdAt: Date }[];
}

export interface UnitDetail {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
  type: UnitType;
  parentId: string | null;
  parentName: string | null;
  path: string;
  active: boolean;
  version: number;
  /** IANA zone; the agency's (a Perangkat Daerah's) decides when its reminders run. */
  timeZone: string;
  createdAt: Date;
  updatedAt: Date;
  breadcrumbs: { id: string; name: string }[];
  children: { id: string; name: string; type: UnitType; active: boolean }[];
  userCount: number;
}
