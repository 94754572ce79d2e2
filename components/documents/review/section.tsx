// Periodic review (kaji ulang): due date, history, the review form.
// Rendered by the document's detail page (app/(portal)/documents/[id]/page.tsx).
import type { SessionUser } from "@/lib/auth/types";

export async function DocumentReviewSection(_props: { documentId: string; user: SessionUser }) {
  return null;
}
