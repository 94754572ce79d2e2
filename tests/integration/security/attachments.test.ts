// Issue 8, item 9: an uploaded file is stored with the type its content shows, never the
// browser's Content-Type.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeAttachment } from "../../../lib/attachments/store";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { seedDemoData } from "../../../seeds";
import { closeTestDatabase, openTestDatabase } from "../../helpers/database";

let connection: DatabaseConnection;
beforeAll(async () => {
  connection = await openTestDatabase();
  await seedDemoData(connection.prisma, { sops: false, objectives: false });
});
afterAll(closeTestDatabase);

describe("stored attachments", () => {
  it("carry the detected type, not the browser's", async () => {
    const user = await connection.prisma.user.findFirstOrThrow({ select: { id: true } });
    const id = await connection.prisma.$transaction((tx) =>
      storeAttachment(tx, { name: "bukti.pdf", type: "text/html", bytes: new TextEncoder().encode("%PDF-1.4 bukti") }, user.id),
    );
    expect((await connection.prisma.attachment.findUniqueOrThrow({ where: { id } })).mimeType).toBe("application/pdf");
  });

  it("are refused when the content is not what the name says, and nothing is stored", async () => {
    const user = await connection.prisma.user.findFirstOrThrow({ select: { id: true } });
    const before = await connection.prisma.attachment.count();
    await expect(
      connection.prisma.$transaction((tx) =>
        storeAttachment(tx, { name: "bukti.pdf", type: "application/pdf", bytes: new TextEncoder().encode("<html><script>alert(1)</script>") }, user.id),
      ),
    ).rejects.toThrow(/tidak didukung/);
    expect(await connection.prisma.attachment.count()).toBe(before);
  });
});
