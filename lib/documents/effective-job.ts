// The job "document-effective": approved revisions whose planned date has come take effect
// (effective-mutations.ts), by each agency's calendar. Idempotent: a revision already in force is
// no longer DISAHKAN and is skipped.
import type { Job } from "../jobs/types";
import { inScope } from "../jobs/types";
import { localDate } from "../org/time-zones";
import { makeRevisionEffective } from "./effective-mutations";

export const documentEffectiveJob: Job = {
  name: "document-effective",
  description: "Memberlakukan revisi dokumen yang sudah disahkan ketika tanggal berlakunya tiba; revisi sebelumnya menjadi kadaluarsa.",
  hour: () => 0,
  async run(tx, now, scope) {
    const due = await tx.documentRevision.findMany({
      where: { status: "DISAHKAN" },
      orderBy: [{ effectiveDate: "asc" }, { id: "asc" }],
      select: { id: true, effectiveDate: true, document: { select: { agency: { select: { timeZone: true } } } } },
    });
    let done = 0;
    for (const r of due) {
      const zone = r.document.agency.timeZone;
      if (!inScope(scope, zone)) continue;
      const today = localDate(now, zone);
      if (r.effectiveDate && r.effectiveDate.getTime() > today.getTime()) continue;
      if (await makeRevisionEffective(tx, { revisionId: r.id, actor: null, now, effectiveDay: r.effectiveDate ?? today })) done += 1;
    }
    return done;
  },
};
