import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";

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
