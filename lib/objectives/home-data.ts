// The kebijakan mutu shown on a user's home page: the one in force nearest above their unit.
import "server-only";
import type { SessionUser } from "../auth/types";
import { getDb } from "../db";
import { agencyOf } from "../org/agency";
import { getPolicyInForce } from "./policy-data";
import type { PolicyView } from "./types";

export interface HomePolicy {
  /** The agency whose policy applies (or would apply) to the user. */
  agency: { id: string; name: string; path: string };
  policy: PolicyView | null;
}

export async function getHomePolicy(user: SessionUser): Promise<HomePolicy> {
  const db = await getDb();
  const chain = user.unitPath.split("/").filter(Boolean);
  // An UPTD may hold a policy of its own; the nearest policy in force above the user wins.
  const nearest = await db.qualityPolicy.findFirst({
    where: { status: "DISETUJUI", agencyId: { in: chain } },
    orderBy: { agency: { depth: "desc" } },
    select: { agencyId: true, agency: { select: { path: true } } },
  });
  if (nearest) {
    const policy = await getPolicyInForce(nearest.agencyId);
    if (policy) return { agency: { id: policy.agencyId, name: policy.agencyName, path: nearest.agency.path }, policy };
  }
  const agency = await agencyOf(db, user.unitPath);
  return { agency: { id: agency.id, name: agency.name, path: agency.path }, policy: null };
}
