import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";

// Every page is rendered per request, so Next.js can put the request's CSP nonce (proxy.ts) on
// its inline scripts; a prerendered page would carry none and be blocked.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Portal Mutu", template: "%s · Portal Mutu" },
  description: "Sistem Manajemen Mutu ISO 9001:2015 untuk Perangkat Daerah",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="id">
      <body>{children}</body>
    </html>
  );
}
