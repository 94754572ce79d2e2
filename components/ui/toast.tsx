"use client";

import { createContext, use, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import styles from "./toast.module.css";

type ToastTone = "success" | "error" | "info";
type ToastItem = { id: number; tone: ToastTone; message: string };

export type ToastApi = {
  success: (message: string) => void;
  error: (message: string) => void;
  info: (message: string) => void;
};

const ToastContext = createContext<ToastApi | null>(null);

const DISMISS_AFTER_MS = 5000;
const MAX_VISIBLE = 5;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const nextId = useRef(0);

  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), []);

  // Stable object, so callers may list it in effect dependencies.
  const api = useMemo<ToastApi>(() => {
    const push = (tone: ToastTone) => (message: string) => {
      const id = ++nextId.current;
      setToasts((list) => [...list, { id, tone, message }].slice(-MAX_VISIBLE));
    };
    return { success: push("success"), error: push("error"), info: push("info") };
  }, []);

  return (
    <ToastContext value={api}>
      {children}
      {/* Always in the DOM, so screen readers announce the toasts added to it. */}
      {/* A named region (a bare div may not carry aria-label: axe aria-prohibited-attr). */}
      <div className={styles.region} role="region" aria-live="polite" aria-label="Notifikasi">
        {toasts.map((toast) => (
          <Toast key={toast.id} toast={toast} onDismiss={dismiss} />
        ))}
      </div>
    </ToastContext>
  );
}

function Toast({ toast, onDismiss }: { toast: ToastItem; onDismiss: (id: number) => void }) {
  // The timer pauses while the pointer or focus is on the toast, so it can be read or closed.
  const [paused, setPaused] = useState(false);

  useEffect(() => {
    if (paused) return;
    const timer = setTimeout(() => onDismiss(toast.id), DISMISS_AFTER_MS);
    return () => clearTimeout(timer);
  }, [paused, toast.id, onDismiss]);

  return (
    <div
      className={[styles.toast, styles[toast.tone]].join(" ")}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      <p className={styles.message}>{toast.message}</p>
      <button type="button" className={styles.close} onClick={() => onDismiss(toast.id)}>
        Tutup
      </button>
    </div>
  );
}

/** `success`, `error` and `info` show a short message that disappears after about 5 seconds. */
export function useToast(): ToastApi {
  const api = use(ToastContext);
  if (!api) throw new Error("useToast() must be used inside <ToastProvider>.");
  return api;
}
