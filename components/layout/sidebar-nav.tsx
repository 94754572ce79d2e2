"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { useDisclosure } from "@/components/ui/use-disclosure";
import styles from "./app-shell.module.css";

export type NavItem = { href: string; label: string; section?: string };

const matches = (pathname: string, href: string) => pathname === href || pathname.startsWith(`${href}/`);

/** The matching item with the longest href, so "/dokumen/baru" wins over "/dokumen" when both are listed. */
function activeHref(pathname: string, items: NavItem[]): string | undefined {
  return items
    .filter((item) => matches(pathname, item.href))
    .reduce<string | undefined>((best, item) => (!best || item.href.length > best.length ? item.href : best), undefined);
}

/** Groups items by `section` in order of first appearance; items without a section form an untitled group. */
function groupBySection(items: NavItem[]) {
  const groups = new Map<string, NavItem[]>();
  for (const item of items) {
    const key = item.section ?? "";
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.entries()].map(([section, list]) => ({ section, items: list }));
}

/**
 * The main menu. On a narrow screen (see app-shell.module.css) it folds behind a "Menu" button:
 * a disclosure (aria-expanded, aria-controls); Escape closes it and puts focus back on the button,
 * and following a link closes it.
 */
export function SidebarNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname() ?? "";
  const active = activeHref(pathname, items);
  const { open, setOpen, panelId: navId, buttonRef: toggleRef, buttonProps, onKeyDown } = useDisclosure();

  // A new page closes the menu (the link was followed).
  const [seenPath, setSeenPath] = useState(pathname);
  if (seenPath !== pathname) {
    setSeenPath(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (open) toggleRef.current?.scrollIntoView({ block: "nearest" });
  }, [open]);

  return (
    <div className={styles.navFrame} onKeyDown={onKeyDown}>
      <button {...buttonProps} className={styles.menuToggle}>
        <span aria-hidden="true" className={styles.menuIcon} />
        Menu
      </button>
      <nav id={navId} aria-label="Menu utama" className={styles.nav} data-open={open ? "true" : "false"}>
        {groupBySection(items).map(({ section, items: list }) => (
          <div key={section || "_"} className={styles.navGroup}>
            {section && <p className={styles.navSection}>{section}</p>}
            <ul className={styles.navList}>
              {list.map((item) => (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    className={styles.navLink}
                    aria-current={item.href === active ? "page" : undefined}
                    onClick={() => setOpen(false)}
                  >
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
    </div>
  );
}
