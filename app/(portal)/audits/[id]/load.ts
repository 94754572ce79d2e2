import "server-only";
import { cache } from "react";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { getAudit } from "@/lib/audits/data";

/** generateMetadata and the page read the same audit in one request. */
export const loadAudit = cache(async (id: string) => {
  const user = await getCurrentUser();
  if (!user || !can(user, "audit.read")) return null;
  return getAudit(user, id);
});
