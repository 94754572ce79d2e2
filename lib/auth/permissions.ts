// The one place that decides who may do what. Each permission names the roles that hold it;
// a role held on a unit covers that unit's subtree, and a grant without unit covers the portal.
// Every server action, route handler and data query asks here (directly or through scope.ts).
import { forbidden } from "../errors";
import type { Role } from "./roles";
import type { SessionUser } from "./types";

interface PermissionRule {
  roles: readonly Role[];
  description: string;
}

const ALL_ROLES: readonly Role[] = [
  "ADMIN",
  "MANAJER_MUTU",
  "AUDITOR",
  "AUDITEE",
  "PIMPINAN",
  "PENGENDALI_DOKUMEN",
  "PEGAWAI",
  "PEMANTAU",
];
/** Roles that take part in the QMS, and PEMANTAU, which reads what they read and changes nothing. */
const QMS_ROLES: readonly Role[] = ["MANAJER_MUTU", "AUDITOR", "AUDITEE", "PIMPINAN", "PEMANTAU"];

export const PERMISSIONS = {
  "admin.access": { roles: ["ADMIN"], description: "Membuka menu administrasi." },
  "unit.read": { roles: ["ADMIN"], description: "Melihat pohon unit dalam cakupan." },
  "unit.manage": { roles: ["ADMIN"], description: "Membuat, mengganti nama, memindah dan menonaktifkan unit." },
  "user.read": { roles: ["ADMIN"], description: "Melihat pengguna dalam cakupan." },
  "user.manage": { roles: ["ADMIN"], description: "Membuat, mengubah, menonaktifkan pengguna dan mereset kata sandi." },
  "role.grant": { roles: ["ADMIN"], description: "Memberi dan mencabut peran pada unit dalam cakupan." },
  "activity.read": { roles: ["ADMIN", "MANAJER_MUTU", "PIMPINAN", "PEMANTAU"], description: "Melihat riwayat perubahan data dalam cakupan." },
  "dashboard.read": { roles: ALL_ROLES, description: "Membuka dasbor." },
  "dashboard.province.read": { roles: ["PEMANTAU"], description: "Membandingkan kinerja mutu antar Perangkat Daerah dalam cakupan." },
  "sop.read": { roles: ALL_ROLES, description: "Membaca katalog SOP AP (seluruh portal: SOP AP adalah dokumen publik)." },
  "sop.manage": { roles: ["MANAJER_MUTU"], description: "Mengimpor dan merevisi SOP AP unit dalam cakupan." },
  "objective.read": { roles: [...QMS_ROLES, "PEGAWAI", "PENGENDALI_DOKUMEN"], description: "Melihat kebijakan dan sasaran mutu dalam cakupan." },
  "objective.manage": { roles: ["MANAJER_MUTU", "AUDITEE"], description: "Menyusun, mengubah, mengajukan dan merevisi sasaran mutu unit dalam cakupan." },
  "objective.approve": { roles: ["PIMPINAN"], description: "Menyetujui atau mengembalikan sasaran mutu Perangkat Daerahnya." },
  "objective.close": { roles: ["MANAJER_MUTU", "PIMPINAN"], description: "Menutup sasaran mutu yang tidak dipakai lagi." },
  "objective.measure": { roles: ["MANAJER_MUTU"], description: "Mencatat pengukuran sasaran mutu unit dalam cakupan (PIC selalu boleh untuk sasarannya sendiri)." },
  "policy.manage": { roles: ["MANAJER_MUTU"], description: "Menyusun dan mengajukan kebijakan mutu." },
  "policy.approve": { roles: ["PIMPINAN"], description: "Mengesahkan atau mengembalikan kebijakan mutu." },
  "audit.read": { roles: QMS_ROLES, description: "Melihat program, rencana dan laporan audit internal." },
  "audit.manage": { roles: ["MANAJER_MUTU"], description: "Menyusun, menerbitkan dan menjalankan rencana audit internal Perangkat Daerahnya (tim, jadwal, rapat)." },
  "finding.read": { roles: QMS_ROLES, description: "Melihat temuan audit." },
  "finding.raise": { roles: ["MANAJER_MUTU", "AUDITOR"], description: "Mencatat temuan: auditor hanya pada audit yang ditugaskan kepadanya, sumber lain oleh manajer mutu." },
  "finding.respond": { roles: ["AUDITEE"], description: "Menerima atau menyanggah temuan unit dalam cakupan." },
  "finding.decide": { roles: ["MANAJER_MUTU", "AUDITOR"], description: "Memutus sanggahan dan menutup observasi: ketua auditor audit itu, atau manajer mutu untuk temuan di luar audit." },
  "corrective_action.read": { roles: QMS_ROLES, description: "Melihat tindakan perbaikan." },
  "corrective_action.plan": { roles: ["AUDITEE"], description: "Menyusun rencana tindakan perbaikan unitnya (koreksi, akar masalah, tindakan) dan mencatat pelaksanaannya." },
  "corrective_action.approve": { roles: ["MANAJER_MUTU", "AUDITOR"], description: "Menyetujui atau mengembalikan rencana tindakan perbaikan (auditor: hanya ketua tim audit temuannya)." },
  "corrective_action.verify": { roles: ["AUDITOR", "MANAJER_MUTU"], description: "Memverifikasi efektivitas tindakan perbaikan yang tidak ia laksanakan sendiri." },
  "corrective_action.settings": { roles: ["MANAJER_MUTU"], description: "Mengatur tenggat dan masa tunggu verifikasi tindakan perbaikan Perangkat Daerahnya." },
  "management_review.read": { roles: ["MANAJER_MUTU", "PIMPINAN", "PEMANTAU"], description: "Melihat tinjauan manajemen dan RTL Perangkat Daerahnya (peserta rapat selalu boleh melihat rapatnya)." },
  "management_review.manage": { roles: ["MANAJER_MUTU"], description: "Menjadwalkan rapat tinjauan manajemen, menyusun bahan masukan, notulen dan RTL, lalu menerbitkannya." },
  "management_review.initial": { roles: ["MANAJER_MUTU", "AUDITOR", "AUDITEE", "PIMPINAN", "PENGENDALI_DOKUMEN", "PEGAWAI"], description: "Memaraf atau mengembalikan notulen tinjauan manajemen: hanya pemaraf yang ditunjuk untuk rapat itu." },
  "management_review.sign": { roles: ["PIMPINAN"], description: "Memimpin rapat tinjauan manajemen dan menandatangani atau mengembalikan notulennya (pimpinan rapat itu)." },
  "satisfaction.read": { roles: QMS_ROLES, description: "Melihat hasil Survei Kepuasan Masyarakat (IKM) dan pengaduan unit pelayanan dalam cakupan." },
  "satisfaction.manage": { roles: ["MANAJER_MUTU", "AUDITEE"], description: "Mencatat dan mengubah hasil SKM/IKM dan rekap pengaduan unit pelayanan dalam cakupan." },
  "document.read": { roles: ALL_ROLES, description: "Membaca dokumen terkendali sesuai kelas aksesnya (bebas, terbatas, rahasia) dan mengonfirmasi dokumen wajib baca." },
  "document.manage": { roles: ["PENGENDALI_DOKUMEN", "MANAJER_MUTU"], description: "Mendaftarkan dokumen terkendali, menyusun revisi, mendistribusikan, mengkaji ulang dan mengusulkan pemusnahan dalam cakupan." },
  "document.check": { roles: ["PENGENDALI_DOKUMEN", "MANAJER_MUTU"], description: "Memeriksa revisi dokumen yang tidak ia susun sendiri." },
  "document.approve": { roles: ["PIMPINAN", "MANAJER_MUTU"], description: "Mengesahkan revisi dokumen: pimpinan, atau pejabat yang didelegasikan Perangkat Daerahnya." },
  "document.settings": { roles: ["MANAJER_MUTU"], description: "Mengatur pola kode dokumen dan pejabat pengesah yang didelegasikan Perangkat Daerahnya." },
  "document.destruction.approve": { roles: ["PIMPINAN"], description: "Menyetujui usulan pemusnahan dokumen (Berita Acara Pemusnahan) Perangkat Daerahnya." },
  "archive.loan.request": { roles: ["MANAJER_MUTU", "AUDITOR", "AUDITEE", "PIMPINAN", "PENGENDALI_DOKUMEN", "PEGAWAI"], description: "Mengajukan peminjaman arsip fisik." },
  "archive.loan.manage": { roles: ["PENGENDALI_DOKUMEN"], description: "Melayani peminjaman arsip fisik: menyerahkan, menolak dan menerima kembali arsip dalam cakupan." },
  "notification.outbox.read": { roles: ["ADMIN"], description: "Melihat kotak keluar e-mail notifikasi (penerima dalam cakupan)." },
  "notification.outbox.manage": { roles: ["ADMIN"], description: "Mengirim ulang e-mail notifikasi yang gagal." },
  "audit_programme.manage": { roles: ["MANAJER_MUTU"], description: "Menyusun, mengubah dan mengajukan program audit internal tahunan Perangkat Daerahnya." },
  "audit_programme.approve": { roles: ["PIMPINAN"], description: "Menyetujui atau mengembalikan program audit internal Perangkat Daerahnya." },
  "auditor_competence.manage": { roles: ["MANAJER_MUTU"], description: "Mencatat pelatihan dan sertifikat auditor dalam cakupan (auditor selalu boleh untuk dirinya sendiri)." },
  "auditor_pool.read": { roles: ["MANAJER_MUTU", "PIMPINAN", "PEMANTAU"], description: "Melihat kumpulan auditor se-provinsi untuk audit silang: kompetensi dan penugasan sebelumnya." },
  "audit.checklist": { roles: ["AUDITOR"], description: "Menyusun dan menjawab daftar periksa audit yang ditugaskan kepadanya (hanya anggota tim audit itu, selama pelaksanaan)." },
  "audit.report.write": { roles: ["AUDITOR"], description: "Menyusun dan menyetujui laporan audit internal (ketua tim audit itu)." },
  "audit.report.acknowledge": { roles: ["AUDITEE"], description: "Menyatakan telah menerima laporan audit internal untuk unitnya." },
  "audit.report.receive": { roles: ["PIMPINAN"], description: "Menerima laporan audit internal Perangkat Daerahnya (laporan lalu dikunci)." },
} as const satisfies Record<string, PermissionRule>;

export type Permission = keyof typeof PERMISSIONS;

/** A record's place in the organisation, as far as permissions care. */
export interface UnitTarget {
  unitPath: string;
}

function grantCovers(grantPath: string | null, target: UnitTarget | undefined): boolean {
  if (grantPath === null || target === undefined) return true;
  return target.unitPath.startsWith(grantPath);
}

/**
 * May `user` do `permission`, on `target` when given (otherwise: anywhere at all)?
 * Deactivated users never reach this point: the session loader refuses them. A user who must
 * change their password may do nothing until they have.
 */
export function can(user: SessionUser | null, permission: Permission, target?: UnitTarget): boolean {
  // After an administrator's reset (or on a new account) the password comes first: nothing else
  // is allowed until the user has changed it (the account page and its form need no permission).
  if (!user || user.mustChangePassword) return false;
  const allowed: readonly Role[] = PERMISSIONS[permission].roles;
  return user.grants.some((g) => allowed.includes(g.role) && grantCovers(g.unitPath, target));
}

/** Throws the Indonesian refusal that the action wrapper returns to the user. */
export function authorize(user: SessionUser | null, permission: Permission, target?: UnitTarget): void {
  if (!can(user, permission, target)) throw forbidden();
}

/** An account as far as managing it is concerned: its home unit and every unit it holds a role on. */
export interface AccountTarget {
  unitPath: string;
  /** null: a portal-wide grant. */
  grantPaths: readonly (string | null)[];
}

/** The place a grant stands for: "/" for a portal-wide grant, which only a portal-wide grant covers. */
export function grantPlace(unitPath: string | null): UnitTarget {
  return { unitPath: unitPath ?? "/" };
}

/**
 * May `user` act on an account (reset its password, edit, (de)activate, grant or revoke)?
 * Only when `permission` covers the account's home unit and every grant the account holds:
 * otherwise a unit administrator could take over an account that is more powerful elsewhere.
 */
export function canManageAccount(user: SessionUser | null, permission: Permission, account: AccountTarget): boolean {
  if (!can(user, permission, { unitPath: account.unitPath })) return false;
  return account.grantPaths.every((p) => can(user, permission, grantPlace(p)));
}

export function authorizeAccount(user: SessionUser | null, permission: Permission, account: AccountTarget): void {
  if (!canManageAccount(user, permission, account)) throw forbidden();
}
