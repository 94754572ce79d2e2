// Satisfaction surveys (two service units, two semesters per agency and year) and one management
// review per agency and year: past ones published with their RTL, this year's scheduled (its input
// pack is compiled live when opened).
import { INPUT_SECTION_KEYS } from "../../../lib/management-reviews/input-types";
import { addDays, day, idOf, insertRows, randomFor, TODAY, YEARS, type Row } from "./context";
import type { Generation } from "./model";

const CATEGORY = (ikm: number) => (ikm >= 88.31 ? "A" : ikm >= 76.61 ? "B" : ikm >= 65 ? "C" : "D");

export async function generateReviews(g: Generation): Promise<void> {
  const rnd = randomFor("reviews");
  const surveys: Row[] = [];
  const elements: Row[] = [];
  const reviews: Row[] = [];
  const sections: Row[] = [];
  const participants: Row[] = [];
  const agenda: Row[] = [];
  const actions: Row[] = [];
  const n = { survey: 0, review: 0, agenda: 0, action: 0 };
  for (const agency of g.agencies) {
    const serviceUnits = agency.units.filter((u) => u.type === "SEKSI" || u.type === "UPTD").slice(0, 2);
    for (const year of YEARS) {
      for (const unit of serviceUnits.length ? serviceUnits : [agency.units[0]]) {
        for (const semester of [1, 2]) {
          const end = semester === 1 ? day(year, 6, 30) : day(year, 12, 31);
          if (end > TODAY) continue;
          const id = idOf("survey", ++n.survey);
          const nrrs = Array.from({ length: 9 }, () => 2.8 + rnd.next() * 1.1);
          const ikm = Math.round((nrrs.reduce((a, b) => a + b, 0) / 9) * 25 * 100) / 100;
          surveys.push([id, unit.id, year, "SEMESTER", semester, semester === 1 ? day(year, 1, 1) : day(year, 7, 1), end, "NRR", rnd.int(100, 400), ikm, CATEGORY(ikm), rnd.int(0, 20), rnd.int(0, 15), agency.manajerMutu.id, addDays(end, 10), addDays(end, 10)]);
          nrrs.forEach((nrr, i) => elements.push([id, i + 1, Math.round(nrr * 10000) / 10000]));
          g.events.push({ at: addDays(end, 10), actor: agency.manajerMutu, entity: "satisfaction_survey", entityId: id, action: "create" });
        }
      }
      const id = idOf("review", ++n.review);
      const current = year === TODAY.getUTCFullYear();
      const meetingAt = current ? day(year, 12, 15) : day(year, 12, 10);
      const status = current ? "DIJADWALKAN" : "DITERBITKAN";
      const done = (d: number) => (current ? null : addDays(meetingAt, d));
      reviews.push([
        id, agency.unit.id, `RTM/${agency.unit.shortName}/${year}/01`, `Rapat Tinjauan Manajemen ${agency.unit.shortName} ${year}`, day(year, 1, 1), day(year, 11, 30),
        meetingAt, `Aula ${agency.unit.shortName}`, agency.pimpinan.id, agency.manajerMutu.id, agency.manajerMutu.id, status, done(0), done(0), done(1), done(2), done(3), done(4),
        agency.manajerMutu.id, day(year, 11, 1), done(4) ?? day(year, 11, 1),
      ]);
      if (current) g.scheduledReviewIds.push(id);
      for (const key of INPUT_SECTION_KEYS) sections.push([id, key, current ? null : `Uraian ${key} disampaikan oleh manajer mutu.`]);
      for (const user of [agency.pimpinan, agency.manajerMutu, agency.auditor]) participants.push([id, user.id, current ? null : true]);
      ["Tindak lanjut RTM sebelumnya", "Kinerja SMM", "Peluang peningkatan"].forEach((title, position) =>
        agenda.push([idOf("ragenda", ++n.agenda), id, position, title, current ? null : "Dibahas dan disepakati."]));
      if (!current) {
        for (let k = 0; k < 2; k++) {
          const due = day(year + 1, 3 + k * 3, 1);
          const doneAt = due < TODAY && rnd.chance(0.8) ? addDays(due, -10) : null;
          actions.push([idOf("raction", ++n.action), id, k, k ? "Pelatihan auditor internal" : "Revisi SOP pelayanan pengaduan", agency.manajerMutu.id, agency.manajerMutu.unitId, due, doneAt ? "SELESAI" : "TERBUKA", "PENINGKATAN", doneAt, doneAt ? agency.manajerMutu.id : null, meetingAt, doneAt ?? meetingAt]);
        }
      }
      g.events.push({ at: day(year, 11, 1), actor: agency.manajerMutu, entity: "management_review", entityId: id, action: "create" });
      if (!current) g.events.push({ at: addDays(meetingAt, 4), actor: agency.pimpinan, entity: "management_review", entityId: id, action: "publish" });
    }
  }
  await insertRows(g.client, "SatisfactionSurvey", ["id", "unitId", "year", "periodType", "periodNo", "periodStart", "periodEnd", "entryMode", "respondents", "ikm", "category", "complaintsReceived", "complaintsResolved", "createdById", "createdAt", "updatedAt"], surveys);
  await insertRows(g.client, "SatisfactionElement", ["surveyId", "element", "nrr"], elements);
  await insertRows(g.client, "ManagementReview", [
    "id", "agencyId", "number", "title", "periodFrom", "periodTo", "meetingAt", "place", "chairId", "notulisId", "initialerId", "status", "frozenAt", "startedAt",
    "submittedAt", "initialedAt", "signedAt", "publishedAt", "createdById", "createdAt", "updatedAt",
  ], reviews);
  await insertRows(g.client, "ManagementReviewSection", ["reviewId", "key", "narrative"], sections);
  await insertRows(g.client, "ManagementReviewParticipant", ["reviewId", "userId", "present"], participants);
  await insertRows(g.client, "ManagementReviewAgendaItem", ["id", "reviewId", "position", "title", "minutes"], agenda);
  await insertRows(g.client, "ManagementReviewAction", ["id", "reviewId", "position", "description", "picId", "unitId", "dueDate", "status", "decisionType", "doneAt", "doneById", "createdAt", "updatedAt"], actions);
}
