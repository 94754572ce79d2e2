import type { Metadata } from "next";
import { ReviewForm } from "@/components/management-reviews/review-form";
import { EmptyState, PageHeader } from "@/components/ui";
import { requirePermission } from "@/lib/auth/session";
import { DEFAULT_AGENDA } from "@/lib/management-reviews/constants";
import { reviewFormOptions } from "@/lib/management-reviews/data";

export const metadata: Metadata = { title: "Jadwalkan rapat tinjauan manajemen" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewReviewPage({ searchParams }: Props) {
  const user = await requirePermission("management_review.manage");
  const params = await searchParams;
  const options = await reviewFormOptions(user, typeof params.agencyId === "string" ? params.agencyId : null);
  const agencyId = options.agencies.find((a) => a.id === params.agencyId)?.id ?? options.agencies[0]?.id;
  const year = new Date().getFullYear();
  return (
    <div className="stack-lg">
      <PageHeader
        title="Jadwalkan rapat tinjauan manajemen"
        description="Tetapkan periode yang ditinjau, waktu, tempat, pimpinan rapat, notulis, pemaraf, undangan dan agenda. Bahan masukan disusun otomatis dari data portal."
        breadcrumbs={[{ href: "/management-reviews", label: "Tinjauan Manajemen" }, { label: "Jadwalkan" }]}
      />
      {!agencyId ? (
        <EmptyState title="Tidak ada Perangkat Daerah yang dapat Anda jadwalkan" description="Rapat tinjauan manajemen dijadwalkan oleh manajer mutu Perangkat Daerah." />
      ) : (
        <ReviewForm
          defaults={{
            agencyId, title: `Rapat Tinjauan Manajemen Tahun ${year}`, periodFrom: `${year}-01-01`, periodTo: "", date: "", time: "09:00", place: "",
            chairId: options.chairs[0]?.id ?? "", notulisId: "", initialerId: "", unitIds: [], participantIds: [], agenda: DEFAULT_AGENDA.map((title) => ({ title })),
          }}
          options={options}
          cancelHref="/management-reviews"
        />
      )}
    </div>
  );
}
