"use client";

import { useEffect, useId, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from "react";
import { Button } from "./button";
import styles from "./dialog.module.css";

export type DialogProps = {
  open: boolean;
  /** Called when the user closes the dialog (Escape or "Tutup"); the parent then sets `open` false. */
  onClose: () => void;
  title: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
  size?: "sm" | "md" | "lg";
  /** When false, Escape and the close button do nothing (e.g. while a request is running). */
  dismissible?: boolean;
  role?: "dialog" | "alertdialog";
};

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Modal on the native <dialog>: the browser moves focus in, handles Escape and restores focus on
 * close. Tab and Shift+Tab cycle inside the dialog (the browser would let them reach its own
 * toolbar), and a dialog removed while open (its parent unmounts it on "Batal") is closed first,
 * so focus still goes back to the button that opened it.
 */
export function Dialog({
  open,
  onClose,
  title,
  children,
  footer,
  size = "md",
  dismissible = true,
  role = "dialog",
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  // A layout effect's cleanup runs before React removes the element: closing it then lets the
  // browser put focus back where it was before showModal().
  // The "close" event of that close() arrives later; it must not be reported as the user's (in
  // development React runs this cleanup once on a dialog that stays).
  const closedByCleanup = useRef(false);
  useLayoutEffect(() => {
    const dialog = ref.current;
    return () => {
      if (dialog?.open) {
        closedByCleanup.current = true;
        dialog.close();
      }
    };
  }, []);

  const keepFocusInside = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== "Tab") return;
    const dialog = ref.current;
    if (!dialog) return;
    const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
    if (focusable.length === 0) return;
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const active = document.activeElement;
    if (event.shiftKey && (active === first || active === dialog)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      role={role === "alertdialog" ? "alertdialog" : undefined}
      aria-labelledby={titleId}
      aria-describedby={role === "alertdialog" ? bodyId : undefined}
      className={[styles.dialog, styles[size]].join(" ")}
      onKeyDown={keepFocusInside}
      onCancel={(event) => {
        if (!dismissible) event.preventDefault();
      }}
      // Fires after Escape, and also after our own close() when `open` turned false: only the
      // first case must be reported.
      onClose={() => {
        if (closedByCleanup.current) {
          closedByCleanup.current = false;
          return;
        }
        if (open) onClose();
      }}
    >
      <div className={styles.header}>
        <h2 id={titleId} className={styles.title}>
          {title}
        </h2>
        <button
          type="button"
          className={styles.close}
          onClick={onClose}
          disabled={!dismissible}
          aria-label="Tutup"
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div id={bodyId} className={styles.body}>
        {children}
      </div>
      {footer && <div className={styles.footer}>{footer}</div>}
    </dialog>
  );
}

export type ConfirmDialogProps = {
  open: boolean;
  title: ReactNode;
  message: ReactNode;
  confirmLabel?: string;
  cancelLabel?: string;
  tone?: "primary" | "danger";
  onConfirm: () => void;
  onCancel: () => void;
  /** The confirmed action is running: shows a spinner and blocks closing. */
  pending?: boolean;
  /** "alertdialog" unless told otherwise. */
  role?: DialogProps["role"];
};

export function ConfirmDialog({
  open,
  title,
  message,
  confirmLabel = "Ya, lanjutkan",
  cancelLabel = "Batal",
  tone = "primary",
  onConfirm,
  onCancel,
  pending = false,
  role = "alertdialog",
}: ConfirmDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onCancel}
      title={title}
      size="sm"
      role={role}
      dismissible={!pending}
      footer={
        <>
          <Button variant="secondary" onClick={onCancel} disabled={pending}>
            {cancelLabel}
          </Button>
          <Button variant={tone} onClick={onConfirm} loading={pending}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      {typeof message === "string" ? <p>{message}</p> : message}
    </Dialog>
  );
}
