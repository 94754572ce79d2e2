"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
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
  const navId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);

  // A new page closes the menu (the link was followed).
  const [seenPath, setSeenPath] = useState(pathname);
  if (seenPath !== pathname) {
    setSeenPath(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (open) toggleRef.current?.scrollIntoView({ block: "nearest" });
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape" && open) {
      event.stopPropagation();
      setOpen(false);
      toggleRef.current?.focus();
    }
  };

  return (
    <div className={styles.navFrame} onKeyDown={onKeyDown}>
      <button
        ref={toggleRef}
        type="button"
        className={styles.menuToggle}
        aria-expanded={open}
        aria-controls={navId}
        onClick={() => setOpen((value) => !value)}
      >
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
