// Reads an uploaded PDF in a bounded worker (time and memory limit) and parses its SOP AP.
import type { ParseResult } from "./import/types";

export async function parsePdfOffThread(bytes: Uint8Array, fileName: string): Promise<ParseResult> {
  void bytes;
  void fileName;
  throw new Error("issue 16: PDF helper");
}
