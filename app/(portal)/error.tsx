"use client";
// Shown inside the portal shell (sidebar and header stay) when a page fails to render, e.g. while
// the database is unreachable. "Coba lagi" fetches and renders the page again.
import { useEffect } from "react";
import { LinkButton } from "@/components/ui/button";
import { ErrorPanel } from "@/components/ui/error-panel";

export default function PortalError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  useEffect(() => console.error(error), [error]);
  return (
    <ErrorPanel
      reference={error.digest}
      onRetry={retry}
      secondaryAction={
        <LinkButton href="/dashboard" variant="secondary">
          Kembali ke dasbor
        </LinkButton>
      }
    />
  );
}
