/**
 * The identity block laid out in two columns: organisation and logo lines on the left, labels and
 * values on the right, sharing lines ("DINAS KESEHATAN      Tgl Pengesahan   10 Februari 2022").
 * Written as the left lines first (single cells; the rules read organisation lines above the
 * block), then one ["Label", "Value"] row per label, a value wrapped over the next lines joined.
 * The approver's name and NIP, printed further down under the position, stay rows of their own.
 */
import type { SourceRow } from "./grid";
import {
  type Line,
  gapBetween,
  identityLabel,
  isNipLine,
  isSectionLabel,
  isSideBySideSections,
  toRow,
  type ReaderContext,
} from "./layout-lines";

/** Signature space between "Disahkan oleh" and the name, in lines. */
const MAX_BLOCK_GAP_LINES = 8;
const TRAILING_LEFT_LINES = 3;

/** True when an identity block starts at line `i`. */
export function identityStart(lines: Line[], i: number): boolean {
  if (lines[i].chunks.some((c) => identityLabel(c.text))) return true;
  const bare = lines[i].chunks.find((c) => identityLabel(c.text, true));
  const below = lines[i + 1];
  // A bare "Nomor" counts only with a real label right below it, in the same column.
  return (
    bare !== undefined &&
    below !== undefined &&
    below.page === lines[i].page &&
    below.y0 - lines[i].y1 < lines[i].y1 - lines[i].y0 &&
    below.chunks.some((c) => identityLabel(c.text) && Math.abs(c.x0 - bare.x0) <= 2 * (bare.x1 - bare.x0) / Math.max(1, bare.text.length))
  );
}

const labelChunkIndex = (l: Line) => l.chunks.findIndex((c) => identityLabel(c.text, true) !== null);

function endsBlock(ctx: ReaderContext, j: number): boolean {
  const l = ctx.lines[j];
  return ctx.tableAt(j) !== null || isSideBySideSections(l) || isSectionLabel(l.chunks[0].text);
}

interface Block {
  end: number;
  labelX: number;
}

function findBlock(ctx: ReaderContext, start: number): Block {
  const { lines, m } = ctx;
  let labelX = lines[start].chunks[labelChunkIndex(lines[start])].x0;
  const leftOf = (x0: number) => x0 < labelX - 2 * m.cw;
  let lastCore = start;
  for (let j = start + 1; j < lines.length; j++) {
    const l = lines[j];
    const core = lines[lastCore];
    if (endsBlock(ctx, j) || l.page !== core.page || l.y0 - core.y1 > MAX_BLOCK_GAP_LINES * m.h) break;
    const k = labelChunkIndex(l);
    if (k >= 0) {
      labelX = Math.min(labelX, l.chunks[k].x0);
      lastCore = j;
    } else if (l.chunks.some((c) => !leftOf(c.x0))) {
      lastCore = j;
    }
  }
  let end = lastCore;
  while (
    end + 1 < lines.length &&
    end + 1 - lastCore <= TRAILING_LEFT_LINES &&
    !endsBlock(ctx, end + 1) &&
    !gapBetween(lines[end], lines[end + 1], m) &&
    lines[end + 1].chunks.every((c) => leftOf(c.x0))
  ) {
    end++;
  }
  return { end, labelX };
}

/** Reads the block starting at line `start`; returns its rows and the index after it. */
export function readIdentity(ctx: ReaderContext, start: number): { rows: SourceRow[]; next: number } {
  const { lines, m } = ctx;
  const { end, labelX } = findBlock(ctx, start);
  const left: SourceRow[] = [];
  const right: SourceRow[] = [];
  /** The label row a wrapped value is added to, or the standalone row (name) a wrap continues. */
  let current: SourceRow | null = null;
  let standalone = false;
  let previous: Line | null = null;

  for (let j = start; j <= end; j++) {
    const l = lines[j];
    const leftChunks = l.chunks.filter((c) => c.x0 < labelX - 2 * m.cw);
    const rightChunks = l.chunks.filter((c) => c.x0 >= labelX - 2 * m.cw);
    if (leftChunks.length) left.push(toRow([leftChunks.map((c) => c.text).join(" ")], l));
    if (!rightChunks.length) continue;

    const texts = rightChunks.map((c) => c.text).filter((t) => t !== ":");
    const label = identityLabel(texts[0] ?? "", true);
    if (label) {
      let value = [label.rest, ...texts.slice(1)]
        .filter((t) => t !== "")
        .join(" ")
        .replace(/^:\s*/, "")
        .trim();
      const above = right[right.length - 1];
      // A vertically centred value starts above its label ("Disahkan oleh" in the middle of the
      // signature cell): the line printed alone above an empty label is its value.
      if (value === "" && standalone && above.cells.length === 1 && !isNipLine(above.cells[0])) {
        value = right.pop()!.cells[0];
      }
      current = toRow([label.label, value], l);
      right.push(current);
      standalone = false;
    } else {
      const text = texts.join(" ").replace(/^:\s*/, "").trim();
      const gap = previous !== null && gapBetween(previous, l, m);
      const nextRight = j < end ? lines[j + 1].chunks.filter((c) => c.x0 >= labelX - 2 * m.cw) : [];
      const nameAboveNip =
        !standalone && nextRight.length > 0 && !gapBetween(l, lines[j + 1], m) && isNipLine(nextRight.map((c) => c.text).join(" "));
      if (current === null || gap || isNipLine(text) || nameAboveNip) {
        current = toRow([text], l);
        right.push(current);
        standalone = true;
      } else {
        const last = current.cells.length - 1;
        current.cells[last] = current.cells[last] === "" ? text : `${current.cells[last]} ${text}`;
        current.text = current.cells.join("\t");
      }
    }
    previous = l;
  }
  return { rows: [...left, ...right], next: end + 1 };
}
