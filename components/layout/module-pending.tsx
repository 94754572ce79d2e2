import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

/** A module whose screens are not built yet: says so plainly, and what it will hold. */
export function ModulePending({ title, clause, description }: { title: string; clause: string; description: string }) {
  return (
    <div className="stack-lg">
      <PageHeader title={title} description={clause} />
      <EmptyState title="Modul ini belum tersedia" description={description} />
    </div>
  );
}
