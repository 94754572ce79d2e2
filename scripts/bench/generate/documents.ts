// Controlled documents beside the SOPs (manual, work instructions, forms, records, external) until
// the register holds the scale's document revisions: older revisions KADALUARSA, the one in force
// BERLAKU and distributed to units and people (with "wajib baca" rows), some with a pending draft.
import { TYPE_DEFAULTS } from "../../../lib/documents/constants";
import { addDays, day, idOf, insertRows, randomFor, scaled, TODAY, type Row } from "./context";
import type { Generation } from "./model";

const TYPES = [["INSTRUKSI_KERJA", 4], ["FORMULIR", 5], ["REKAMAN", 2], ["MANUAL_MUTU", 1], ["DOKUMEN_EKSTERNAL", 1]] as const;
const ABBREV: Record<string, string> = { INSTRUKSI_KERJA: "IK", FORMULIR: "FRM", REKAMAN: "RKM", MANUAL_MUTU: "MM", DOKUMEN_EKSTERNAL: "EKS" };
const PENDING = ["DRAF", "DIAJUKAN", "DIPERIKSA", "DIKEMBALIKAN"] as const;

export async function generateDocuments(g: Generation): Promise<void> {
  const rnd = randomFor("documents");
  let docN = g.counters.doc;
  let revN = g.counters.docrev;
  const target = scaled(g.scale, "documentRevisions");
  const docs: Row[] = [];
  const revs: Row[] = [];
  const dists: Row[] = [];
  const acks: Row[] = [];
  let distN = 0;
  let ackN = 0;
  const seq = new Map<string, number>();
  while (revN < target) {
    const agency = g.agencies[docN % g.agencies.length];
    const type = rnd.weighted(TYPES);
    const defaults = TYPE_DEFAULTS[type];
    const unit = rnd.pick(agency.units);
    const key = `${agency.index}:${type}`;
    const nn = (seq.get(key) ?? 0) + 1;
    seq.set(key, nn);
    const id = idOf("doc", ++docN);
    const count = Math.min(target - revN, rnd.int(1, 6));
    const pending = count > 1 && rnd.chance(0.12);
    const inForce = pending ? count - 1 : count;
    const created = addDays(day(2017, 2, 1), rnd.int(0, 2400));
    const withdrawn = !pending && rnd.chance(0.03);
    const spacing = Math.max(30, Math.floor((TODAY.getTime() - created.getTime()) / 86_400_000 / (count + 1)));
    const effective = (r: number) => addDays(created, (r - 1) * spacing);
    const title = `${type === "FORMULIR" ? "Formulir" : type === "INSTRUKSI_KERJA" ? "Instruksi Kerja" : type === "REKAMAN" ? "Rekaman" : type === "MANUAL_MUTU" ? "Manual Mutu" : "Peraturan"} ${unit.shortName} ${nn}`;
    const lastEffective = effective(inForce);
    docs.push([
      id, agency.unit.id, unit.id, type, `${ABBREV[type]}/${agency.unit.shortName}/${String(nn).padStart(2, "0")}`, title, defaults.access,
      defaults.active, defaults.inactive, defaults.disposition, defaults.reviewMonths, withdrawn ? "DITARIK" : "AKTIF", withdrawn ? null : inForce,
      created, withdrawn ? null : addDays(lastEffective, defaults.reviewMonths * 30), withdrawn ? lastEffective : null, created, lastEffective,
    ]);
    for (let r = 1; r <= count; r++) {
      const revId = idOf("docrev", ++revN);
      const isPending = pending && r === count;
      const status = isPending ? rnd.pick(PENDING) : r === inForce && !withdrawn ? "BERLAKU" : "KADALUARSA";
      const at = effective(r);
      revs.push([
        revId, id, r, status, `Isi ${title} revisi ${r}.`, r === 1 ? "Dokumen baru" : "Penyesuaian dengan SOP AP terbaru", agency.manajerMutu.id, agency.manajerMutu.name,
        isPending ? null : at, isPending ? null : agency.pimpinan.id, isPending ? null : agency.pimpinan.name, isPending ? null : at,
        status === "KADALUARSA" ? effective(r + 1) : null, addDays(at, -7), at,
      ]);
      if (status === "BERLAKU") {
        const distId = idOf("dist", ++distN);
        dists.push([distId, id, revId, 1, unit.id, null, at, agency.manajerMutu.id]);
        const reader = agency.staff.find((u) => u.unitId === unit.id);
        if (reader) {
          const pUser = idOf("dist", ++distN);
          dists.push([pUser, id, revId, 2, null, reader.id, at, agency.manajerMutu.id]);
          acks.push([idOf("ack", ++ackN), id, revId, pUser, reader.id, at, rnd.chance(0.7) ? addDays(at, rnd.int(1, 20)) : null]);
        }
      }
    }
    g.events.push({ at: created, actor: agency.manajerMutu, entity: "document", entityId: id, action: "create" });
  }
  await insertRows(g.client, "ControlledDocument", [
    "id", "agencyId", "unitId", "type", "code", "title", "access", "retentionActiveYears", "retentionInactiveYears", "finalDisposition", "reviewIntervalMonths",
    "status", "currentRevisionNo", "firstEffectiveAt", "nextReviewAt", "withdrawnAt", "createdAt", "updatedAt",
  ], docs);
  await insertRows(g.client, "DocumentRevision", [
    "id", "documentId", "revisionNo", "status", "text", "changeReason", "requestedById", "requestedBy", "approvedAt", "approvedById", "approvedBy", "effectiveAt",
    "obsoleteAt", "createdAt", "updatedAt",
  ], revs);
  await insertRows(g.client, "DocumentDistribution", ["id", "documentId", "revisionId", "copyNo", "unitId", "userId", "distributedAt", "distributedById"], dists);
  await insertRows(g.client, "DocumentAcknowledgment", ["id", "documentId", "revisionId", "distributionId", "userId", "assignedAt", "acknowledgedAt"], acks);
}
