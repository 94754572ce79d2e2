// Distribution of the revision in force: copies, wajib-baca acknowledgments, withdrawal.
// Rendered by the document's detail page (app/(portal)/documents/[id]/page.tsx).
import type { SessionUser } from "@/lib/auth/types";

export async function DocumentDistributionSection(_props: { documentId: string; user: SessionUser }) {
  return null;
}
