// The file store on local disk: <dir>/ab/cd/<sha256>. A write goes to a temporary file in the
// target's directory, is flushed (fsync) and renamed over the final name, then the directory is
// flushed: a crash leaves either the whole file or a temporary one (removed by the sweep), never
// a half-written file under a real name.
import { createHash, randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, open, readFile, readdir, rename, stat, unlink, utimes } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { assertKey, FileStoreError, isKey, type FileStore, type StoredFile } from "./types";

const TEMP_PREFIX = ".tmp-";

export function contentKey(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException)?.code === "ENOENT";

async function hashOfFile(file: string): Promise<{ hash: string; size: number }> {
  const hash = createHash("sha256");
  let size = 0;
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).byteLength;
  }
  return { hash: hash.digest("hex"), size };
}

async function fsyncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some platforms (Windows) cannot open a directory; the rename is still atomic there.
  }
}

export class DiskFileStore implements FileStore {
  readonly location: string;

  constructor(dir: string) {
    this.location = path.resolve(dir);
  }

  pathOf(key: string): string {
    assertKey(key);
    return path.join(this.location, key.slice(0, 2), key.slice(2, 4), key);
  }

  async put(bytes: Uint8Array): Promise<StoredFile> {
    const key = contentKey(bytes);
    const target = this.pathOf(key);
    if (await this.sameContent(target, key)) {
      // Touched so the sweep, which removes only files unreferenced for a day, sees it as new.
      const now = new Date();
      try {
        await utimes(target, now, now);
        return { key, size: bytes.byteLength };
      } catch (error) {
        if (!isMissing(error)) throw error;
        // Swept meanwhile: written again below.
      }
    }
    const dir = path.dirname(target);
    await mkdir(dir, { recursive: true });
    const temp = path.join(dir, `${TEMP_PREFIX}${key}-${randomBytes(6).toString("hex")}`);
    const handle = await open(temp, "wx", 0o640);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } catch (error) {
      await handle.close();
      await unlink(temp).catch(() => {});
      throw error;
    }
    await handle.close();
    try {
      await rename(temp, target);
    } catch (error) {
      await unlink(temp).catch(() => {});
      throw error;
    }
    await fsyncDirectory(dir);
    return { key, size: bytes.byteLength };
  }

  /** Whether a file with this key exists and holds that content (a corrupt one is replaced). */
  private async sameContent(file: string, key: string): Promise<boolean> {
    try {
      return (await hashOfFile(file)).hash === key;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  private async verified(key: string): Promise<{ file: string; size: number }> {
    const file = this.pathOf(key);
    let found: { hash: string; size: number };
    try {
      found = await hashOfFile(file);
    } catch (error) {
      if (isMissing(error)) throw new FileStoreError("MISSING", key, `Berkas ${key} tidak ada di ${this.location}.`);
      throw error;
    }
    if (found.hash !== key) throw new FileStoreError("CORRUPT", key, `Berkas ${key} di ${this.location} rusak: checksum-nya ${found.hash}.`);
    return { file, size: found.size };
  }

  async get(key: string): Promise<Uint8Array> {
    const file = this.pathOf(key);
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      if (isMissing(error)) throw new FileStoreError("MISSING", key, `Berkas ${key} tidak ada di ${this.location}.`);
      throw error;
    }
    const hash = contentKey(bytes);
    if (hash !== key) throw new FileStoreError("CORRUPT", key, `Berkas ${key} di ${this.location} rusak: checksum-nya ${hash}.`);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  async open(key: string): Promise<{ size: number; stream: ReadableStream<Uint8Array> }> {
    // Files are never changed in place (a rewrite is a rename), so what was verified is what is sent.
    const { file, size } = await this.verified(key);
    return { size, stream: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array> };
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(key))).isFile();
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await unlink(this.pathOf(key));
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }

  async *list(): AsyncIterable<{ key: string; modifiedAt: Date }> {
    for (const file of await this.files()) {
      if (!isKey(file.name)) continue;
      try {
        yield { key: file.name, modifiedAt: (await stat(file.path)).mtime };
      } catch (error) {
        if (!isMissing(error)) throw error;
      }
    }
  }

  async removeIncomplete(before: Date): Promise<number> {
    let removed = 0;
    for (const file of await this.files()) {
      if (!file.name.startsWith(TEMP_PREFIX)) continue;
      try {
        if ((await stat(file.path)).mtime < before) {
          await unlink(file.path);
          removed++;
        }
      } catch (error) {
        if (!isMissing(error)) throw error;
      }
    }
    return removed;
  }

  /** Files two fan-out levels down (ab/cd/<name>); anything else in the directory is left alone. */
  private async files(): Promise<{ name: string; path: string }[]> {
    const found: { name: string; path: string }[] = [];
    const fanOut = /^[0-9a-f]{2}$/;
    const entries = async (dir: string) => {
      try {
        return await readdir(dir, { withFileTypes: true });
      } catch (error) {
        if (isMissing(error)) return [];
        throw error;
      }
    };
    for (const first of await entries(this.location)) {
      if (!first.isDirectory() || !fanOut.test(first.name)) continue;
      const firstDir = path.join(this.location, first.name);
      for (const second of await entries(firstDir)) {
        if (!second.isDirectory() || !fanOut.test(second.name)) continue;
        const secondDir = path.join(firstDir, second.name);
        for (const entry of await entries(secondDir)) {
          if (entry.isFile()) found.push({ name: entry.name, path: path.join(secondDir, entry.name) });
        }
      }
    }
    return found;
  }
}
