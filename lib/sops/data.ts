// Reads of the SOP catalogue. SOP AP are public administrative procedures (published by decree),
// so every signed-in user may read every agency's catalogue; the list defaults to the reader's agency.
import "server-only";
import { authorize, can } from "../auth/permissions";
import { PENDING_REVISION_STATUSES } from "../documents/constants";
import { keepsDocument } from "../documents/access";
import type { SessionUser } from "../auth/types";
import { paginate } from "../utils/paginate";
import { getDb, type Prisma } from "../db";
import { agencyOf } from "../org/agency";
import type { SopContent } from "./content";
import { SOPS_PAGE_SIZE, type SopSort } from "./constants";
import type { Warning } from "./import/types";
import { sopFilterWhere } from "./list-where-data";
import type { SopListQuery } from "./schema";
import { HEADLINE_OPTIONS, snippetParts, type SnippetPart } from "./snippet";
import type { SopDetail, SopPendingRevision, SopRow } from "./types";

const ORDER: Record<Exclude<SopSort, "relevansi">, Prisma.SopOrderByWithRelationInput[]> = {
  nama: [{ title: "asc" }],
  nomor: [{ number: { sort: "asc", nulls: "last" } }, { title: "asc" }],
  unit: [{ unit: { name: "asc" } }, { title: "asc" }],
  langkah: [{ stepCount: "desc" }, { title: "asc" }],
  waktu: [{ totalMinutes: "desc" }, { title: "asc" }],
  terbaru: [{ updatedAt: "desc" }, { title: "asc" }],
};

/**
 * Ids of SOPs matching a full-text query (Indonesian stemming), best first, or by name/number.
 * The vector is the stored, GIN-indexed "searchVector" column; the query is parsed once.
 */
async function searchIds(q: string): Promise<string[]> {
  const db = await getDb();
  const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT s.id
    FROM "Sop" s, websearch_to_tsquery('indonesian', ${q}) AS query
    WHERE s."searchVector" @@ query OR s.title ILIKE ${like} OR s.number ILIKE ${like}
    ORDER BY (s.title ILIKE ${like}) DESC, ts_rank(s."searchVector", query) DESC, s.title ASC`;
  return rows.map((r) => r.id);
}

/** The highlighted excerpt of each shown hit (ts_headline runs on one page of rows only). */
async function searchSnippets(ids: string[], q: string): Promise<Map<string, SnippetPart[] | null>> {
  if (ids.length === 0) return new Map();
  const db = await getDb();
  const rows = await db.$queryRaw<{ id: string; headline: string | null }[]>`
    SELECT s.id, ts_headline('indonesian', s."searchText", query, ${HEADLINE_OPTIONS}) AS headline
    FROM "Sop" s, websearch_to_tsquery('indonesian', ${q}) AS query
    WHERE s.id = ANY(${ids}::text[]) AND s."searchVector" @@ query`;
  return new Map(rows.map((r) => [r.id, snippetParts(r.headline)]));
}

export async function listSops(
  user: SessionUser,
  query: SopListQuery,
  today: Date = new Date(),
): Promise<{ rows: SopRow[]; total: number; page: number; pageSize: number; sort: SopSort }> {
  authorize(user, "sop.read");
  const db = await getDb();
  const empty = { rows: [], total: 0, page: query.page, pageSize: SOPS_PAGE_SIZE, sort: query.sort ?? "nama" } as const;
  const filter = await sopFilterWhere(db, query, today);
  if (!filter) return { ...empty, rows: [] };
  const ranked = query.q ? await searchIds(query.q) : null;
  const where: Prisma.SopWhereInput = { AND: [filter, ranked ? { id: { in: ranked } } : {}] };
  const sort: SopSort = query.sort ?? (ranked ? "relevansi" : "nama");
  const select = {
    id: true, number: true, title: true, stepCount: true, totalMinutes: true, unknownTimeSteps: true,
    currentRevisionNo: true, updatedAt: true, unit: { select: { id: true, name: true, path: true } },
    document: { select: { revisions: { where: { status: { in: [...PENDING_REVISION_STATUSES] } }, select: { revisionNo: true } } } },
  } satisfies Prisma.SopSelect;
  type Row = Prisma.SopGetPayload<{ select: typeof select }>;
  const page = await paginate<Row>(
    query.page,
    SOPS_PAGE_SIZE,
    () => db.sop.count({ where }),
    async (skip, take) => {
      if (sort === "relevansi" && ranked) {
        // Relevance order comes from the search; page through the ranked ids that pass the filters.
        const allowed = await db.sop.findMany({ where, select: { id: true } });
        const keep = new Set(allowed.map((r) => r.id));
        const pageIds = ranked.filter((id) => keep.has(id)).slice(skip, skip + take);
        const found = await db.sop.findMany({ where: { id: { in: pageIds } }, select });
        return pageIds.map((id) => found.find((r) => r.id === id)!).filter(Boolean);
      }
      const order = ORDER[sort === "relevansi" ? "nama" : sort];
      return db.sop.findMany({ where, select, orderBy: [...order, { id: "asc" }], skip, take });
    },
  );
  const rows = page.rows;
  const agencies = await agencyNames(rows.map((r) => r.unit.path));
  const snippets = query.q ? await searchSnippets(rows.map((r) => r.id), query.q) : new Map<string, SnippetPart[] | null>();
  return {
    total: page.total,
    page: page.page,
    pageSize: SOPS_PAGE_SIZE,
    sort,
    rows: rows.map((r) => ({
      id: r.id, number: r.number, title: r.title, unitId: r.unit.id, unitName: r.unit.name,
      agencyName: agencies.get(r.unit.path) ?? "", stepCount: r.stepCount, totalMinutes: r.totalMinutes,
      unknownTimeSteps: r.unknownTimeSteps, revisionNo: r.currentRevisionNo,
      pendingRevisionNo: r.document?.revisions[0]?.revisionNo ?? null, updatedAt: r.updatedAt,
      snippet: snippets.get(r.id) ?? null,
    })),
  };
}

/** Unit path → name of its Perangkat Daerah, for a page of rows. */
async function agencyNames(paths: string[]): Promise<Map<string, string>> {
  const db = await getDb();
  const ids = [...new Set(paths.flatMap((p) => p.split("/").filter(Boolean)))];
  const units = await db.unit.findMany({ where: { id: { in: ids }, type: "PERANGKAT_DAERAH" }, select: { path: true, shortName: true, name: true } });
  return new Map(paths.map((p) => [p, units.find((u) => p.startsWith(u.path))?.shortName ?? units.find((u) => p.startsWith(u.path))?.name ?? ""]));
}

/** Agencies (Perangkat Daerah) that have SOPs, and their units that do, for the catalogue filters. */
export async function listSopFilterOptions(user: SessionUser): Promise<{ agencies: { id: string; name: string; path: string }[]; units: { id: string; name: string; path: string }[] }> {
  authorize(user, "sop.read");
  const db = await getDb();
  const units = await db.unit.findMany({ where: { sops: { some: { active: true } } }, select: { id: true, name: true, path: true } });
  const agencyIds = [...new Set(units.flatMap((u) => u.path.split("/").filter(Boolean)))];
  const agencies = await db.unit.findMany({
    where: { id: { in: agencyIds }, type: "PERANGKAT_DAERAH" },
    select: { id: true, name: true, path: true },
    orderBy: { name: "asc" },
  });
  return { agencies, units: units.sort((a, b) => a.name.localeCompare(b.name, "id")) };
}

/** The agency the reader works in, the catalogue's default filter. */
export async function defaultAgencyId(user: SessionUser): Promise<string | null> {
  const db = await getDb();
  const agency = await agencyOf(db, user.unitPath);
  return agency.type === "PERANGKAT_DAERAH" ? agency.id : null;
}

export async function getSop(user: SessionUser, id: string, revisionNo?: number): Promise<SopDetail | null> {
  authorize(user, "sop.read");
  const db = await getDb();
  const sop = await db.sop.findUnique({
    where: { id },
    select: {
      id: true, number: true, title: true, active: true, version: true, currentRevisionNo: true,
      totalMinutes: true, unknownTimeSteps: true,
      unit: { select: { id: true, name: true, path: true } },
      revisions: {
        orderBy: { revisionNo: "desc" },
        select: { revisionNo: true, createdAt: true, createdBy: true, source: true, sourceName: true, reason: true },
      },
      links: { orderBy: { position: "asc" }, select: { name: true, to: { select: { id: true, title: true, unit: { select: { name: true } } } } } },
      backlinks: {
        where: { from: { active: true } },
        select: { from: { select: { id: true, title: true, unit: { select: { name: true } } } } },
      },
      document: {
        select: {
          id: true, code: true, nextReviewAt: true,
          revisions: {
            where: { status: { in: [...PENDING_REVISION_STATUSES] } },
            select: { id: true, revisionNo: true, status: true, version: true, changeReason: true, requestedBy: true, createdAt: true, sopContent: true },
          },
        },
      },
    },
  });
  if (!sop) return null;
  const shown = revisionNo ?? sop.currentRevisionNo;
  const [revision, agency] = await Promise.all([
    db.sopRevision.findUnique({
      where: { sopId_revisionNo: { sopId: id, revisionNo: shown } },
      select: { revisionNo: true, createdAt: true, createdBy: true, source: true, sourceName: true, reason: true, content: true, warnings: true },
    }),
    agencyOf(db, sop.unit.path),
  ]);
  if (!revision) return null;
  // The uploaded file's name is internal (someone's folder names): only the SOP's managers see it.
  const mayManage = can(user, "sop.manage", { unitPath: sop.unit.path });
  const fileName = (name: string | null) => (mayManage ? name : null);
  const pendingRow = sop.document?.revisions[0];
  const seesDraft = mayManage || keepsDocument(user, sop.unit.path);
  const pending: SopPendingRevision | null = pendingRow
    ? {
        id: pendingRow.id,
        revisionNo: pendingRow.revisionNo,
        status: pendingRow.status as SopPendingRevision["status"],
        version: pendingRow.version,
        changeReason: pendingRow.changeReason,
        requestedBy: pendingRow.requestedBy,
        createdAt: pendingRow.createdAt,
        editable: pendingRow.status === "DRAF" || pendingRow.status === "DIKEMBALIKAN",
        content: seesDraft ? ((pendingRow.sopContent as unknown as SopContent | null) ?? null) : null,
      }
    : null;
  const referencedBy = new Map(sop.backlinks.map((b) => [b.from.id, { id: b.from.id, title: b.from.title, unitName: b.from.unit.name }]));
  return {
    id: sop.id,
    number: sop.number,
    title: sop.title,
    unit: sop.unit,
    agency: { id: agency.id, name: agency.name },
    active: sop.active,
    version: sop.version,
    currentRevisionNo: sop.currentRevisionNo,
    revision: {
      ...revision,
      sourceName: fileName(revision.sourceName),
      content: revision.content as unknown as SopContent,
      warnings: (revision.warnings as unknown as Warning[] | null) ?? [],
    },
    revisions: sop.revisions.map((r) => ({ ...r, sourceName: fileName(r.sourceName) })),
    links: sop.links.map((l) => ({ name: l.name, target: l.to ? { id: l.to.id, title: l.to.title, unitName: l.to.unit.name } : null })),
    referencedBy: [...referencedBy.values()],
    totalMinutes: sop.totalMinutes,
    unknownTimeSteps: sop.unknownTimeSteps,
    document: sop.document ? { id: sop.document.id, code: sop.document.code, nextReviewAt: sop.document.nextReviewAt } : null,
    pending,
  };
}

/** Two revisions' contents, for the comparison view. */
export async function getSopRevisionContents(user: SessionUser, id: string, from: number, to: number) {
  authorize(user, "sop.read");
  const db = await getDb();
  const rows = await db.sopRevision.findMany({
    where: { sopId: id, revisionNo: { in: [from, to] } },
    select: { revisionNo: true, content: true, createdAt: true, createdBy: true, reason: true },
  });
  const pick = (n: number) => rows.find((r) => r.revisionNo === n);
  const a = pick(from);
  const b = pick(to);
  if (!a || !b) return null;
  return {
    from: { ...a, content: a.content as unknown as SopContent },
    to: { ...b, content: b.content as unknown as SopContent },
  };
}
