import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";

export default function NotFound() {
  return (
    <main style={{ padding: "3rem 1.5rem", maxWidth: "40rem", margin: "0 auto" }}>
      <EmptyState
        headingLevel={1}
        title="Halaman tidak ditemukan"
        description="Alamat yang Anda buka tidak ada, atau datanya berada di luar cakupan unit Anda."
        action={<Link href="/dashboard">Kembali ke dasbor</Link>}
      />
    </main>
  );
}
