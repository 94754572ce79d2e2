"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import styles from "./org.module.css";

const LINKS = [
  { href: "/admin/units", label: "Unit Organisasi" },
  { href: "/admin/users", label: "Pengguna dan Peran" },
  { href: "/admin/outbox", label: "Kotak Keluar E-mail" },
] as const;

/** The tabs of the administration area. */
export function AdminNav() {
  const pathname = usePathname() ?? "";
  return (
    <nav aria-label="Menu administrasi" className={styles.subnav}>
      <ul>
        {LINKS.map((link) => {
          const active = pathname === link.href || pathname.startsWith(`${link.href}/`);
          return (
            <li key={link.href}>
              <Link href={link.href} aria-current={active ? "page" : undefined} className={styles.subnavLink}>
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
