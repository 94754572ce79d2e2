// NIP (Nomor Induk Pegawai) of an ASN: 18 digits = date of birth (8), appointment year-month (6),
// sex (1), serial (3). Digits 13-14 are not always a month in real NIPs (e.g. PPPK numbers),
// so only the length and the date of birth are checked.

export type NipCheck = { ok: true; birthDate: Date } | { ok: false; message: string };

export function checkNip(raw: string, today: Date = new Date()): NipCheck {
  const nip = raw.replace(/\s+/g, "");
  if (!/^\d{18}$/.test(nip)) return { ok: false, message: "NIP harus 18 digit angka." };
  const year = Number(nip.slice(0, 4));
  const month = Number(nip.slice(4, 6));
  const day = Number(nip.slice(6, 8));
  const birth = new Date(Date.UTC(year, month - 1, day));
  const isRealDate =
    birth.getUTCFullYear() === year && birth.getUTCMonth() === month - 1 && birth.getUTCDate() === day;
  if (!isRealDate) return { ok: false, message: "8 digit pertama NIP harus tanggal lahir yang valid (TTTTBBHH)." };
  const age = today.getUTCFullYear() - year;
  if (age < 17 || age > 100) return { ok: false, message: "Tanggal lahir pada NIP tidak masuk akal untuk seorang ASN." };
  return { ok: true, birthDate: birth };
}

export function normaliseNip(raw: string): string {
  return raw.replace(/\s+/g, "");
}
