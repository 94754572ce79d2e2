import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";

export default function Forbidden() {
  return (
    <main style={{ padding: "3rem 1.5rem", maxWidth: "40rem", margin: "0 auto" }}>
      <EmptyState
        headingLevel={1}
        title="Akses ditolak"
        description="Peran Anda tidak mencakup halaman ini. Jika Anda memerlukannya, hubungi administrator portal."
        action={<Link href="/dashboard">Kembali ke dasbor</Link>}
      />
    </main>
  );
}
