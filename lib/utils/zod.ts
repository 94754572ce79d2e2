// zod with Indonesian messages. Schemas import `z` from here, so every form and action speaks
// Indonesian even where a schema gives no message of its own, and never shows a user zod's type
// names ("diharapkan number, diterima NaN"): the fallback below says what to type instead.
import { config } from "zod";
import id from "zod/v4/locales/id.js";
import * as z from "./zod-namespace";

type Issue = z.core.$ZodRawIssue;

const blank = (input: unknown) => input === undefined || input === null || (typeof input === "string" && input.trim() === "");

function humanMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      if (blank(issue.input)) return "Wajib diisi.";
      if (issue.expected === "number" || issue.expected === "int" || issue.expected === "bigint") return "Isi dengan angka.";
      if (issue.expected === "date") return "Isi dengan tanggal yang valid.";
      if (issue.expected === "array") return "Pilih dari daftar yang tersedia.";
      if (issue.expected === "boolean") return "Pilih ya atau tidak.";
      return "Isian ini tidak dapat dibaca; periksa kembali.";
    case "invalid_value":
    case "invalid_union":
      return "Pilih salah satu pilihan yang tersedia.";
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string") return min <= 1 ? "Wajib diisi." : `Minimal ${min} karakter.`;
      if (issue.origin === "array" || issue.origin === "set") return `Pilih paling sedikit ${min}.`;
      return `Paling kecil ${min}.`;
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "string") return `Maksimal ${max} karakter.`;
      if (issue.origin === "array" || issue.origin === "set") return `Paling banyak ${max}.`;
      return `Paling besar ${max}.`;
    }
    case "invalid_format":
      return issue.format === "email" ? "Alamat e-mail tidak valid." : "Formatnya tidak sesuai; periksa kembali.";
    case "not_multiple_of":
      return `Harus kelipatan ${String(issue.divisor)}.`;
    case "unrecognized_keys":
      return "Formulir memuat isian yang tidak dikenal; muat ulang halaman.";
    default:
      return "Isian tidak valid.";
  }
}

config(id());
config({ customError: humanMessage });

export { z };

/** Field errors keyed by path, as forms display them. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
