// The lending register of physical archives: request, issue with a kartu kendali, receipt by the
// borrower, return; refusal; who may do what; the overdue list and its reminder job.
import { describe, expect, it } from "vitest";
import { archiveLoanReminderJob } from "../../../lib/documents/loan-reminders";
import { acknowledgeLoan, issueLoan, requestLoan, transitionLoan } from "../../../lib/documents/loan-mutations";
import { getLoan, listLoans } from "../../../lib/documents/loan-data";
import { getRetentionSection } from "../../../lib/documents/retention-data";
import { loanListQuerySchema } from "../../../lib/documents/loan-schema";
import { ALL_ZONES } from "../../../lib/jobs/types";
import { daysFrom, ensureRetentionDocument, userByEmail, utcDay } from "../../../seeds/factories/document-retention";
import { demoUsers, useDemoDatabase } from "../../helpers/demo-database";
import { expectRefusedUnchanged } from "../../helpers/refusals";

const { db, as } = useDemoDatabase(demoUsers("arsip", "pegawai", "kabid", "kadis", "bpsmb"));
const TODAY = utcDay(new Date());
const iso = (d: Date) => d.toISOString().slice(0, 10);
const loanState = (id: string) => () => db().archiveLoan.findUniqueOrThrow({ where: { id } });
const reload = (id: string) => db().archiveLoan.findUniqueOrThrow({ where: { id } });

describe("a loan from request to return", () => {
  it("is requested by a pegawai, issued by the arsip, acknowledged by the pegawai and returned", async () => {
    const { id, agendaNo } = await requestLoan(as.pegawai, { documentId: null, archiveTitle: "Berkas SPJ 2023", purpose: "Bahan pemeriksaan inspektorat." });
    expect(agendaNo).toMatch(new RegExp(`^PJ/DINAS-SOSIAL/${TODAY.getUTCFullYear()}/\\d{3}$`));
    expect(await db().notification.count({ where: { userId: as.arsip.id, event: "archive_loan_requested", entityId: id } })).toBe(1);
    let loan = await reload(id);
    expect(loan).toMatchObject({ status: "DIAJUKAN", borrowerId: as.pegawai.id, borrowerUnitId: as.pegawai.unitId });

    const detail = await getLoan(as.arsip, id);
    expect(detail).toMatchObject({ mayIssue: true, mayAcknowledge: false });
    expect(detail?.transitions.map((t) => t.name)).toEqual(["refuse"]);
    await issueLoan(as.arsip, { id, version: loan.version, controlCardNo: "KK-T-1", outDate: iso(TODAY), dueDate: iso(daysFrom(TODAY, 14)) });
    loan = await reload(id);
    expect(loan).toMatchObject({ status: "DIPINJAM", controlCardNo: "KK-T-1", dueDate: daysFrom(TODAY, 14), issuedById: as.arsip.id });
    expect(await db().notification.count({ where: { userId: as.pegawai.id, event: "archive_loan_decided", entityId: id } })).toBe(1);

    // Someone else cannot state the borrower's receipt.
    await expectRefusedUnchanged(() => acknowledgeLoan(as.arsip, { id, version: loan.version }), /Hanya peminjam/, loanState(id));
    await expectRefusedUnchanged(() => acknowledgeLoan(as.kabid, { id, version: loan.version }), /Hanya peminjam/, loanState(id));
    expect((await getLoan(as.pegawai, id))?.mayAcknowledge).toBe(true);
    await acknowledgeLoan(as.pegawai, { id, version: loan.version });
    loan = await reload(id);
    expect(loan.borrowerAckAt).not.toBeNull();

    // The borrower cannot record the return; the arsip can, with the archive's condition.
    await expectRefusedUnchanged(() => transitionLoan(as.pegawai, { id, version: loan.version, transition: "return_loan", note: "Baik" }), /tidak berwenang/, loanState(id));
    await transitionLoan(as.arsip, { id, version: loan.version, transition: "return_loan", note: "Lengkap dan baik." });
    loan = await reload(id);
    expect(loan).toMatchObject({ status: "DIKEMBALIKAN", returnCondition: "Lengkap dan baik.", receivedById: as.arsip.id });
    const actions = await db().activity.findMany({ where: { entity: "archive_loan", entityId: id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["create", "lend", "acknowledge", "return_loan"]);
  });

  it("borrows a controlled document of one's own agency, not another agency's", async () => {
    const arsip = await userByEmail(db(), "arsip@dinsos.nttprov.go.id");
    const own = await ensureRetentionDocument(db(), {
      agencyCode: "ntt.dinsos", unitCode: "ntt.dinsos.dayasos", code: "FRM/L/1", title: "Formulir pinjam", type: "FORMULIR", finalDisposition: "MUSNAH",
      activeYears: 2, inactiveYears: 3, firstEffectiveAt: new Date(Date.UTC(2024, 0, 1)), withdrawnAt: null, uploaderId: arsip.id,
    });
    const other = await ensureRetentionDocument(db(), {
      agencyCode: "kaltim.disperindagkop", unitCode: "kaltim.disperindagkop.bpsmb", code: "FRM/L/2", title: "Formulir BPSMB", type: "FORMULIR", finalDisposition: "MUSNAH",
      activeYears: 2, inactiveYears: 3, firstEffectiveAt: new Date(Date.UTC(2024, 0, 1)), withdrawnAt: null, uploaderId: arsip.id,
    });
    expect(await getRetentionSection(as.pegawai, own.id)).toMatchObject({ mayRequestLoan: true, mayManageLoans: false, loans: [] });
    expect(await getRetentionSection(as.bpsmb, other.id)).toMatchObject({ mayRequestLoan: true });
    expect(await getRetentionSection(as.arsip, other.id)).toBeNull();
    const { id } = await requestLoan(as.pegawai, { documentId: own.id, archiveTitle: null, purpose: "Contoh pengisian formulir." });
    expect((await getRetentionSection(as.pegawai, own.id))?.loans.map((l) => l.id)).toEqual([id]);
    expect((await getRetentionSection(as.arsip, own.id))?.loans.map((l) => l.id)).toEqual([id]);
    expect((await getRetentionSection(as.kabid, own.id))?.loans).toEqual([]);
    expect((await reload(id)).archiveTitle).toBe("FRM/L/1 Formulir pinjam");
    const count = () => db().archiveLoan.count();
    await expectRefusedUnchanged(() => requestLoan(as.pegawai, { documentId: other.id, archiveTitle: null, purpose: "Ingin melihat." }), /Perangkat Daerah Anda/, count);
  });
});

describe("refusals", () => {
  it("the arsip refuses with a note; acknowledging a refused loan or issuing it afterwards is refused", async () => {
    const { id } = await requestLoan(as.kabid, { documentId: null, archiveTitle: "Berkas rahasia", purpose: "Pengecekan berkas." });
    let loan = await reload(id);
    await expectRefusedUnchanged(() => transitionLoan(as.arsip, { id, version: loan.version, transition: "refuse", note: "" }), /alasan penolakan/, loanState(id));
    await transitionLoan(as.arsip, { id, version: loan.version, transition: "refuse", note: "Berkas bersifat rahasia." });
    loan = await reload(id);
    expect(loan).toMatchObject({ status: "DITOLAK", refuseNote: "Berkas bersifat rahasia." });
    expect(await db().notification.count({ where: { userId: as.kabid.id, event: "archive_loan_decided", entityId: id } })).toBe(1);
    await expectRefusedUnchanged(() => acknowledgeLoan(as.kabid, { id, version: loan.version }), /sudah diserahkan kepada Anda/, loanState(id));
    await expectRefusedUnchanged(() => acknowledgeLoan(as.pegawai, { id, version: loan.version }), /Hanya peminjam/, loanState(id));
    await expectRefusedUnchanged(
      () => issueLoan(as.arsip, { id, version: loan.version, controlCardNo: "KK-X", outDate: iso(TODAY), dueDate: iso(TODAY) }),
      /masih diajukan/, loanState(id),
    );
  });

  it("the wrong role and another agency cannot issue, refuse or return; a stale version and a used card number are told so", async () => {
    const { id } = await requestLoan(as.pegawai, { documentId: null, archiveTitle: "Buku agenda surat 2022", purpose: "Penelusuran surat masuk." });
    const loan = await reload(id);
    const issue = { id, version: loan.version, controlCardNo: "KK-T-9", outDate: iso(TODAY), dueDate: iso(daysFrom(TODAY, 7)) };
    for (const who of [as.pegawai, as.kadis, as.bpsmb, as.kabid]) {
      await expectRefusedUnchanged(() => issueLoan(who, issue), /tidak berwenang/, loanState(id));
      await expectRefusedUnchanged(() => transitionLoan(who, { id, version: loan.version, transition: "refuse", note: "Tidak." }), /tidak berwenang/, loanState(id));
    }
    await expectRefusedUnchanged(() => issueLoan(as.arsip, { ...issue, version: loan.version + 3 }), /pengguna lain|Muat ulang/i, loanState(id));
    await expectRefusedUnchanged(() => issueLoan(as.arsip, { ...issue, outDate: iso(daysFrom(TODAY, 3)), dueDate: iso(daysFrom(TODAY, 9)) }), /masa depan/, loanState(id));
    await issueLoan(as.arsip, issue);
    const { id: second } = await requestLoan(as.pegawai, { documentId: null, archiveTitle: "Buku agenda surat 2021", purpose: "Penelusuran surat masuk." });
    const s = await reload(second);
    await expectRefusedUnchanged(() => issueLoan(as.arsip, { ...issue, id: second, version: s.version }), /kartu kendali KK-T-9 sudah dipakai/, loanState(second));
    // bpsmb and a stranger do not see Dinas Sosial's loans; the borrower sees their own.
    expect(await getLoan(as.bpsmb, id)).toBeNull();
    expect(await getLoan(as.kabid, id)).toBeNull();
    expect(await getLoan(as.pegawai, id)).not.toBeNull();
  });
});

describe("the overdue list and its reminders", () => {
  it("lists a lent archive past its due date as late, to the arsip and its borrower only, and reminds them once", async () => {
    const { id } = await requestLoan(as.kabid, { documentId: null, archiveTitle: "Arsip foto kegiatan 2020", purpose: "Bahan pameran." });
    const loan = await reload(id);
    await issueLoan(as.arsip, { id, version: loan.version, controlCardNo: "KK-LATE", outDate: iso(daysFrom(TODAY, -20)), dueDate: iso(daysFrom(TODAY, -6)) });
    const overdue = (user: typeof as.arsip) => listLoans(user, loanListQuerySchema.parse({ overdue: "1" }));
    expect((await overdue(as.arsip)).rows.find((r) => r.id === id)).toMatchObject({ overdue: true, status: "DIPINJAM" });
    expect((await overdue(as.kabid)).rows.map((r) => r.id)).toEqual([id]);
    expect((await overdue(as.pegawai)).rows.map((r) => r.id)).not.toContain(id);
    expect((await overdue(as.bpsmb)).total).toBe(0);
    const all = await listLoans(as.arsip, loanListQuerySchema.parse({}));
    expect(all.rows.filter((r) => r.overdue).every((r) => r.status === "DIPINJAM")).toBe(true);

    // On a working day (a Wednesday at 09:00 WITA) the borrower and the arsip are reminded once.
    const wednesday = new Date(Date.UTC(TODAY.getUTCFullYear() + 1, 0, 1));
    while (wednesday.getUTCDay() !== 3) wednesday.setUTCDate(wednesday.getUTCDate() + 1);
    const at = new Date(wednesday.getTime() + 1 * 3_600_000);
    const run = () => db().$transaction((tx) => archiveLoanReminderJob.run(tx, at, ALL_ZONES));
    expect(await run()).toBeGreaterThanOrEqual(2);
    expect(await db().notification.count({ where: { event: "archive_loan_overdue", entityId: id, userId: { in: [as.kabid.id, as.arsip.id] } } })).toBe(2);
    expect(await run()).toBe(0);
    // Quiet on a weekend.
    const saturday = new Date(wednesday.getTime() + 3 * 86_400_000 + 3_600_000);
    await db().notification.deleteMany({ where: { event: "archive_loan_overdue" } });
    expect(await db().$transaction((tx) => archiveLoanReminderJob.run(tx, saturday, ALL_ZONES))).toBe(0);
  });
});

describe("the register's filters", () => {
  it("filters by status, by the borrower's unit and by words, and pages in the database", async () => {
    const { id, agendaNo } = await requestLoan(as.kabid, { documentId: null, archiveTitle: "Peta sebaran PMKS 2021", purpose: "Bahan perencanaan." });
    const ids = async (q: Record<string, string>) => (await listLoans(as.arsip, loanListQuerySchema.parse(q))).rows.map((r) => r.id);
    expect(await ids({ status: "DIAJUKAN" })).toContain(id);
    expect(await ids({ status: "DIPINJAM" })).not.toContain(id);
    expect(await ids({ q: "sebaran pmks" })).toEqual([id]);
    expect(await ids({ q: agendaNo })).toEqual([id]);
    const dayasos = await db().unit.findUniqueOrThrow({ where: { code: "ntt.dinsos.dayasos" }, select: { id: true } });
    const kepum = await db().unit.findUniqueOrThrow({ where: { code: "ntt.dinsos.sekretariat.kepum" }, select: { id: true } });
    expect(await ids({ unitId: dayasos.id })).toContain(id);
    expect(await ids({ unitId: kepum.id })).not.toContain(id);
    const page = await listLoans(as.arsip, loanListQuerySchema.parse({ page: "99" }));
    expect(page.page).toBe(page.pageCount);
    expect(page.rows.length).toBeGreaterThan(0);
  });
});
