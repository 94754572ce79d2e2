// Retention schedule, destruction and hand-over of one document, and its archive loans.
// Rendered by the document's detail page (app/(portal)/documents/[id]/page.tsx).
import type { SessionUser } from "@/lib/auth/types";

export async function DocumentRetentionSection(_props: { documentId: string; user: SessionUser }) {
  return null;
}
