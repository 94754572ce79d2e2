"use client";
// Shown when a page outside the portal shell (the sign-in page) fails to render.
import { useEffect } from "react";
import { ErrorPanel } from "@/components/ui/error-panel";

export default function RootError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  useEffect(() => console.error(error), [error]);
  return (
    <main style={{ padding: "3rem 1.5rem", maxWidth: "40rem", margin: "0 auto" }}>
      <ErrorPanel reference={error.digest} onRetry={retry} />
    </main>
  );
}
