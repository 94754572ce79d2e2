// Word documents: mammoth (pure JavaScript) turns the .docx into simple HTML; table rows become
// tab-separated lines and paragraphs become lines, the same shape as the converted seed documents.
import mammoth from "mammoth";
import { DomainError } from "../errors";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", nbsp: " " };

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ENTITIES[e]);
}

/** The text of a fragment; line breaks and paragraph ends inside it (a cell's paragraphs) become spaces. */
function inlineText(html: string): string {
  return decode(html.replace(/<br\s*\/?>|<\/(?:p|li|h[1-6])>/g, " ").replace(/<[^>]+>/g, "")).replace(/\s+/g, " ").trim();
}

/** Mammoth's HTML as lines: one per paragraph or list item, one per table row with tab-separated cells. */
export function htmlToLines(html: string): string {
  const lines: string[] = [];
  const blocks = html.split(/(<table[\s\S]*?<\/table>)/g);
  for (const block of blocks) {
    if (block.startsWith("<table")) {
      for (const row of block.match(/<tr[\s\S]*?<\/tr>/g) ?? []) {
        const cells = row.match(/<t[dh][^>]*>[\s\S]*?<\/t[dh]>/g) ?? [];
        lines.push(cells.map((cell) => inlineText(cell)).join("\t"));
      }
      continue;
    }
    for (const piece of block.split(/<\/(?:p|li|h[1-6])>/g)) {
      const text = inlineText(piece);
      if (text) lines.push(text);
    }
  }
  return lines.join("\n");
}

export async function docxToText(bytes: Uint8Array): Promise<string> {
  try {
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    return htmlToLines(value);
  } catch {
    throw new DomainError("INVALID", "Berkas .docx tidak dapat dibaca (rusak atau bukan dokumen Word).");
  }
}
