// Shared by the management-review tests: the demo accounts they act as and a scheduled meeting of
// Dinas Sosial NTT.
import type { SessionUser } from "../../../lib/auth/types";
import { todayDate } from "../../../lib/corrective-actions/rules";
import type { PrismaClient } from "../../../lib/db";
import { createReview } from "../../../lib/management-reviews/mutations";
import { reviewFormSchema, type ReviewFormInput } from "../../../lib/management-reviews/schema";
import { unitId } from "../../helpers/users";

export const ACCOUNTS = {
  manajer: "manajer.mutu@dinsos.nttprov.go.id",
  kadis: "kadis@dinsos.nttprov.go.id",
  kabid: "kabid.dayasos@dinsos.nttprov.go.id",
  lansia: "kaupt.lansia@dinsos.nttprov.go.id",
  pegawai: "pegawai@dinsos.nttprov.go.id",
  arsip: "arsip@dinsos.nttprov.go.id",
  auditor: "auditor@dinsos.nttprov.go.id",
  biro: "biro.organisasi@nttprov.go.id",
  bpsmb: "mutu@bpsmb.kaltimprov.go.id",
} as const;

export type As = Record<keyof typeof ACCOUNTS, SessionUser>;

export const isoDay = (offset: number) => new Date(todayDate().getTime() + offset * 86_400_000).toISOString().slice(0, 10);

export async function scheduleInput(db: PrismaClient, as: As, overrides: Partial<ReviewFormInput> = {}): Promise<ReviewFormInput> {
  const year = todayDate().getUTCFullYear();
  return {
    agencyId: await unitId(db, "ntt.dinsos"), title: "Rapat Tinjauan Manajemen Uji", periodFrom: `${year}-01-01`, periodTo: `${year}-11-30`,
    date: isoDay(3), time: "09:00", place: "Aula Dinas Sosial", chairId: as.kadis.id, notulisId: as.pegawai.id, initialerId: as.kabid.id,
    unitIds: [await unitId(db, "ntt.dinsos.dayasos")], participantIds: [as.manajer.id, as.lansia.id], agenda: [{ title: "Status RTL sebelumnya" }, { title: "Keputusan dan RTL" }],
    ...overrides,
  };
}

export async function schedule(db: PrismaClient, as: As, overrides: Partial<ReviewFormInput> = {}) {
  return createReview(as.manajer, reviewFormSchema.parse(await scheduleInput(db, as, overrides)));
}

export const version = async (db: PrismaClient, id: string) => (await db.managementReview.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
