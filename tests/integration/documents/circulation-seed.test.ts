// The demo circulation data: distributed documents with some acknowledgments, the pegawai with one
// unread wajib baca, one document due for review, review history; loading twice changes nothing.
import { expect, it } from "vitest";
import { getRoleHome } from "../../../lib/dashboards/home-data";
import { myReadList } from "../../../lib/documents/acknowledgment-data";
import { dueReviews } from "../../../lib/documents/review-data";
import { seedDocumentCirculation } from "../../../seeds/document-circulation";
import { useDemoDatabase } from "../../helpers/demo-database";
import { ACCOUNTS } from "./circulation-fixtures";

const { db, as } = useDemoDatabase(ACCOUNTS, { documents: true });

it("seeds distribution, acknowledgments, a due review and review history, idempotently", async () => {
  const counts = async () => ({
    documents: await db().controlledDocument.count(),
    copies: await db().documentDistribution.count(),
    rows: await db().documentAcknowledgment.count(),
    read: await db().documentAcknowledgment.count({ where: { acknowledgedAt: { not: null } } }),
    reviews: await db().documentReview.count(),
  });
  const first = await counts();
  expect(first.copies).toBeGreaterThan(0);
  expect(first.read).toBeGreaterThan(0);
  expect(first.read).toBeLessThan(first.rows);
  expect(first.reviews).toBeGreaterThan(0);

  const list = await myReadList(as.pegawai, { page: 1 });
  expect(list.unreadCount).toBe(1);
  // The home shows it under "Dokumen wajib baca"; someone with nothing to read has no such section.
  const home = await getRoleHome(as.pegawai);
  expect(home.readRequired?.total).toBe(1);
  expect(home.readRequired?.items[0]?.href).toBe(`/documents/${list.rows.find((r) => r.acknowledgedAt === null)?.documentId}`);
  expect((await getRoleHome(as.bpsmb)).readRequired).toBeNull();

  const due = await dueReviews(as.arsip, { page: 1 });
  expect(due.rows.some((r) => r.state === "overdue")).toBe(true);

  await seedDocumentCirculation(db());
  expect(await counts()).toEqual(first);
});
