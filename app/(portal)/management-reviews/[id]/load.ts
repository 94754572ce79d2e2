import "server-only";
import { cache } from "react";
import { getCurrentUser } from "@/lib/auth/session";
import { getReview } from "@/lib/management-reviews/data";

/** generateMetadata and the page read the same meeting in one request. */
export const loadReview = cache(async (id: string) => {
  const user = await getCurrentUser();
  if (!user) return null;
  return getReview(user, id);
});
