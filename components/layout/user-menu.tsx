"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { useDisclosure } from "@/components/ui/use-disclosure";
import styles from "./app-shell.module.css";

/**
 * The signed-in user's name in the header opens a small menu: "Akun saya" and "Keluar". A
 * disclosure (aria-expanded): Escape or a click elsewhere closes it, Escape puts focus back on
 * the button.
 */
export function UserMenu({ name, unitName }: { name: string; unitName: string }) {
  const { open, setOpen, panelId, buttonProps, onKeyDown } = useDisclosure();
  const [leaving, setLeaving] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onFocus = (event: FocusEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("focusin", onFocus);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("focusin", onFocus);
    };
  }, [open]);

  return (
    <div ref={rootRef} className={styles.userMenu} onKeyDown={onKeyDown}>
      <button {...buttonProps} className={styles.userButton}>
        <span className={styles.userText}>
          <span className={styles.userName}>{name}</span>
          <span className={styles.userUnit}>{unitName}</span>
        </span>
        <span aria-hidden="true" className={styles.chevron} />
      </button>
      <ul id={panelId} className={styles.userPanel} hidden={!open}>
        <li>
          <Link href="/account" className={styles.userPanelItem} onClick={() => setOpen(false)}>
            Akun saya
          </Link>
        </li>
        <li>
          <button
            type="button"
            className={styles.userPanelItem}
            disabled={leaving}
            onClick={() => {
              setLeaving(true);
              // next-auth's client is loaded on the click only: it is not part of every page's first load.
              void import("next-auth/react").then(({ signOut }) => signOut({ callbackUrl: "/login" }));
            }}
          >
            {leaving ? "Keluar…" : "Keluar"}
          </button>
        </li>
      </ul>
    </div>
  );
}
