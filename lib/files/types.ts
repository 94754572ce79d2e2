// The file store: every uploaded file's content, named by its SHA-256 (so identical content is
// stored once), behind an interface small enough for a second implementation (an S3-compatible
// bucket for several app servers; see ARCHITECTURE.md). Metadata (name, type, who uploaded) stays
// in the database (`Attachment`, lib/attachments).

export interface StoredFile {
  /** SHA-256 of the content, lowercase hex: the file's name in the store. */
  key: string;
  size: number;
}

export interface FileStore {
  /** Where the files live, for messages. */
  readonly location: string;
  /** Stores the content (atomically; an existing file with the same content is kept, not rewritten). */
  put(bytes: Uint8Array): Promise<StoredFile>;
  /** The whole content, its checksum verified (FileStoreError MISSING or CORRUPT). */
  get(key: string): Promise<Uint8Array>;
  /** The content as a stream, after its checksum was verified (FileStoreError MISSING or CORRUPT). */
  open(key: string): Promise<{ size: number; stream: ReadableStream<Uint8Array> }>;
  exists(key: string): Promise<boolean>;
  /** Removes the file; a missing one is not an error. */
  delete(key: string): Promise<void>;
  /** Every stored file with its last write (or re-put), for the sweep of unreferenced files. */
  list(): AsyncIterable<{ key: string; modifiedAt: Date }>;
  /** Removes leftovers of writes interrupted before `before` (a crash between write and rename). */
  removeIncomplete(before: Date): Promise<number>;
}

export type FileStoreProblem = "MISSING" | "CORRUPT";

export class FileStoreError extends Error {
  constructor(
    readonly problem: FileStoreProblem,
    readonly key: string,
    message: string,
  ) {
    super(message);
    this.name = "FileStoreError";
  }
}

/**
 * By name, not instanceof: the start script (tsx) and the Next.js bundles each load their own
 * copy of this module, and a store made by one may throw into the other.
 */
export function isFileStoreError(error: unknown): error is FileStoreError {
  return error instanceof Error && error.name === "FileStoreError" && "problem" in error;
}

const KEY = /^[0-9a-f]{64}$/;

export function isKey(name: string): boolean {
  return KEY.test(name);
}

/** A key is 64 lowercase hex digits, nothing else: it never names a path outside the store. */
export function assertKey(key: string): void {
  if (!KEY.test(key)) throw new Error(`Kunci berkas tidak sah: ${JSON.stringify(key)}`);
}
