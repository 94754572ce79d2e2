// lib/files: the one store of every uploaded file's content (see types.ts). The portal uses the
// store configured by FILES_DIR; lib/attachments keeps the metadata and is what modules call.
import { env } from "../env";
import { DiskFileStore } from "./disk-store";
import type { FileStore } from "./types";

export { contentKey, DiskFileStore } from "./disk-store";
export { FileStoreError, isFileStoreError, type FileStore, type StoredFile } from "./types";

const KEY = Symbol.for("portal-mutu.file-holds");
type Holder = { holds: Map<string, number> };
// The holds live on globalThis: Next.js bundles, the start script and the jobs of one process
// each load this module, and must all see the same running transactions.
const holder: Holder = ((globalThis as Record<symbol, unknown>)[KEY] ??= { holds: new Map() }) as Holder;

let configured: { dir: string; store: FileStore } | undefined;

/** The configured store (FILES_DIR; tests point it at a temporary directory). */
export function fileStore(): FileStore {
  const dir = env().FILES_DIR;
  if (configured?.dir !== dir) configured = { dir, store: new DiskFileStore(dir) };
  return configured.store;
}

/**
 * Keys that a running transaction of this process has written or reused and not yet committed:
 * neither the cleanup after another transaction's rollback nor the sweep may delete them.
 */
export function holdKey(key: string): () => void {
  holder.holds.set(key, (holder.holds.get(key) ?? 0) + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (holder.holds.get(key) ?? 1) - 1;
    if (left > 0) holder.holds.set(key, left);
    else holder.holds.delete(key);
  };
}

export function isHeld(key: string): boolean {
  return holder.holds.has(key);
}
