/**
 * How many bytes a PDF's deflated streams inflate to, counted from the raw file before pdfjs reads
 * it. pdfjs inflates into ArrayBuffers, which the worker's heap limit does not bound: a 2 MB file
 * of deflated zeros would take gigabytes. Node-only (zlib).
 *
 * Deliberately blunt, so a crafted file cannot slip past: every `stream` keyword counts (even one
 * inside another stream's bytes, since pdfjs finds objects through the cross-reference table), its
 * data is inflated whatever the dictionary's /Filter or /Length say (zlib stops at the end of its
 * own data; bytes that are not zlib fail at the header), and an output that is itself zlib data
 * (a chain of Flate filters) is inflated again.
 */
import { constants, createInflate, inflateSync } from "node:zlib";

/** Outputs up to this size are inflated at once; larger ones are counted chunk by chunk, not kept. */
const AT_ONCE_BYTES = 8 * 1024 * 1024;
const CHUNK_BYTES = 1024 * 1024;
const STREAM_KEYWORD = /(?<!end)stream[^\r\n]{0,16}?(?:\r\n|\n|\r)/g;
const TOLERANT = { finishFlush: constants.Z_SYNC_FLUSH };

/** A zlib header (RFC 1950): deflate method and a check value, as pdfjs's FlateStream requires. */
const isZlib = (data: Uint8Array) => data.length >= 2 && (data[0] & 0x0f) === 8 && ((data[0] << 8) | data[1]) % 31 === 0;

interface Counted {
  size: number;
  /** The first bytes out, enough to tell whether the output is zlib data again. */
  head: Uint8Array;
}

/** Bytes `data` inflates to, stopping once over `limit`; a broken stream counts what came out before the break. */
function countInflated(data: Uint8Array, limit: number): Promise<Counted> {
  return new Promise((resolve) => {
    const inflate = createInflate({ ...TOLERANT, chunkSize: CHUNK_BYTES });
    let size = 0;
    let head = new Uint8Array(0);
    const done = () => {
      inflate.removeAllListeners("data");
      inflate.destroy();
      resolve({ size, head });
    };
    inflate.on("data", (chunk: Buffer) => {
      if (size === 0) head = Uint8Array.from(chunk.subarray(0, 2));
      size += chunk.length;
      if (size > limit) done();
    });
    inflate.on("error", done);
    inflate.on("end", done);
    inflate.end(data);
  });
}

function inflateAtOnce(data: Uint8Array, maxOutputLength: number): Buffer | "too large" | "broken" {
  try {
    return inflateSync(data, { ...TOLERANT, maxOutputLength });
  } catch (error) {
    return (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" ? "too large" : "broken";
  }
}

/** Bytes the zlib data at the start of `data` inflates to, its inner layers included, or more than `limit`. */
async function layersSize(data: Uint8Array, limit: number): Promise<number> {
  if (!isZlib(data)) return 0;
  const small = inflateAtOnce(data, Math.min(limit + 1, AT_ONCE_BYTES));
  if (small instanceof Buffer) return small.length + (await layersSize(small, limit - small.length));
  const { size, head } = await countInflated(data, limit);
  if (size > limit || !isZlib(head)) return size;
  // A large output that is zlib again: only then is it kept, within the budget, to be inflated in turn.
  const inner = inflateAtOnce(data, limit + 1);
  if (!(inner instanceof Buffer)) return limit + 1;
  return inner.length + (await layersSize(inner, limit - inner.length));
}

/** Total bytes the deflated streams of `bytes` inflate to, or `null` as soon as it passes `budget`. */
export async function inflatedTotal(bytes: Uint8Array, budget: number): Promise<number | null> {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  let total = 0;
  for (const keyword of text.matchAll(STREAM_KEYWORD)) {
    total += await layersSize(bytes.subarray(keyword.index + keyword[0].length), budget - total);
    if (total > budget) return null;
  }
  return total;
}
