// Demo SKM results (Permenpan RB 14/2017) of the service units of the seeded agencies: the year
// before last as one yearly survey, last year per semester, and this year's first semester once it
// has ended; a few complaints, most of them resolved. Values are fixed per unit so loading twice
// (or on another day of the same year) gives the same figures.
import type { PrismaClient } from "../lib/db";
import { ensureSurvey, type SurveySpec } from "./factories/satisfaction";

interface UnitProfile {
  code: string;
  /** The unit's typical NRR (1-4) and its yearly drift. */
  base: number;
  drift: number;
  respondents: number;
  /** Enter as respondent counts rather than NRR. */
  counts?: boolean;
}

const PROFILES: UnitProfile[] = [
  { code: "ntt.dinsos.uptd-lansia", base: 3.3, drift: 0.06, respondents: 120 },
  { code: "ntt.dinsos.uptd-tuna-netra", base: 3.05, drift: 0.04, respondents: 96, counts: true },
  { code: "ntt.dinsos.uptd-anak", base: 3.5, drift: 0.03, respondents: 110 },
  { code: "ntt.dinsos.rehsos", base: 2.9, drift: 0.08, respondents: 150 },
  { code: "ntt.dinsos.linjamsos", base: 2.55, drift: 0.07, respondents: 140, counts: true },
  { code: "ntt.biro-organisasi.tatalaksana", base: 3.25, drift: 0.05, respondents: 60 },
  { code: "ntt.bkd.pengembangan", base: 3.15, drift: 0.04, respondents: 80 },
  { code: "kaltim.disperindagkop.bpsmb", base: 3.4, drift: 0.05, respondents: 100 },
];

/** Per-element offsets: waiting time (U3) and facilities (U9) score lowest, as SKM reports often show. */
const ELEMENT_OFFSETS = [0.05, 0, -0.2, 0.25, 0.02, 0.08, 0.12, -0.05, -0.15];

const clampNrr = (v: number) => Math.min(4, Math.max(1, Math.round(v * 100) / 100));

/** Nine counts of `n` respondents whose mean is close to `nrr`. */
function countsFor(nrr: number, n: number): [number, number, number, number] {
  const share4 = Math.max(0, Math.min(1, nrr - 3));
  const share2 = Math.max(0, Math.min(1, 3 - nrr));
  const c4 = Math.round(n * share4);
  const c2 = Math.round(n * share2 * 0.8);
  const c1 = Math.round(n * share2 * 0.2);
  return [c1, c2, Math.max(0, n - c1 - c2 - c4), c4];
}

export async function seedSatisfaction(db: PrismaClient, today: Date = new Date()): Promise<number> {
  const year = today.getUTCFullYear();
  const periods: { year: number; type: SurveySpec["periodType"]; no: number; step: number }[] = [
    { year: year - 2, type: "TAHUNAN", no: 1, step: 0 },
    { year: year - 1, type: "SEMESTER", no: 1, step: 1 },
    { year: year - 1, type: "SEMESTER", no: 2, step: 2 },
  ];
  if (today >= new Date(Date.UTC(year, 6, 1))) periods.push({ year, type: "SEMESTER", no: 1, step: 3 });
  let created = 0;
  for (const [u, profile] of PROFILES.entries()) {
    const unit = await db.unit.findUnique({ where: { code: profile.code }, select: { id: true } });
    if (!unit) continue;
    for (const p of periods) {
      const level = profile.base + profile.drift * p.step;
      const nrrs = ELEMENT_OFFSETS.map((o) => clampNrr(level + o));
      const respondents = profile.respondents + 5 * p.step;
      const received = (u + p.step) % 3 === 0 ? 0 : 2 + ((u * 3 + p.step) % 5);
      const resolved = p.step === 3 ? Math.max(0, received - 1) : received - (u % 4 === 1 && received > 0 ? 1 : 0);
      const result = await ensureSurvey(db, {
        unitId: unit.id, year: p.year, periodType: p.type, periodNo: p.no, respondents,
        ...(profile.counts ? { counts: nrrs.map((n) => countsFor(n, respondents)) } : { nrrs }),
        complaintsReceived: received, complaintsResolved: resolved,
        note: p.step === 0 ? "Survei tahunan melalui kuesioner tercetak di loket pelayanan." : null,
      });
      if (result.created) created++;
    }
  }
  return created;
}
