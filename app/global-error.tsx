"use client";
// Replaces the root layout when the root layout itself fails; it renders its own <html> and
// <body>. (A failing portal layout, e.g. the signed-in user cannot be loaded while the database is
// down, is caught by app/error.tsx; a failing page inside the shell by app/(portal)/error.tsx.)
import { useEffect } from "react";
import { ErrorPanel } from "@/components/ui/error-panel";
import "./globals.css";

export default function GlobalError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  useEffect(() => console.error(error), [error]);
  return (
    <html lang="id">
      <head>
        <title>Server sedang bermasalah · Portal Mutu</title>
      </head>
      <body>
        <main style={{ padding: "3rem 1.5rem", maxWidth: "40rem", margin: "0 auto" }}>
          <ErrorPanel reference={error.digest} onRetry={retry} />
        </main>
      </body>
    </html>
  );
}
