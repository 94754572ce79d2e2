// The sidebar: every module of the portal, shown to the roles that may open it.
import { can, type Permission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import type { NavItem } from "./sidebar-nav";

const MODULES: (NavItem & { permission: Permission })[] = [
  { href: "/dashboard", label: "Dasbor", section: "Umum", permission: "dashboard.read" },
  { href: "/dashboards/province", label: "Perbandingan Perangkat Daerah", section: "Umum", permission: "dashboard.province.read" },
  { href: "/sops", label: "Katalog SOP AP", section: "Umum", permission: "sop.read" },
  { href: "/notifications", label: "Notifikasi", section: "Umum", permission: "dashboard.read" },
  { href: "/objectives", label: "Sasaran Mutu", section: "Sistem Manajemen Mutu", permission: "objective.read" },
  { href: "/audits", label: "Audit Internal", section: "Sistem Manajemen Mutu", permission: "audit.read" },
  { href: "/audits/programme", label: "Program Audit", section: "Sistem Manajemen Mutu", permission: "audit.read" },
  { href: "/audits/auditors", label: "Kumpulan Auditor", section: "Sistem Manajemen Mutu", permission: "auditor_pool.read" },
  { href: "/findings", label: "Temuan", section: "Sistem Manajemen Mutu", permission: "finding.read" },
  { href: "/corrective-actions", label: "Tindakan Perbaikan", section: "Sistem Manajemen Mutu", permission: "corrective_action.read" },
  { href: "/satisfaction", label: "Kepuasan Masyarakat (SKM)", section: "Sistem Manajemen Mutu", permission: "satisfaction.read" },
  { href: "/management-reviews", label: "Tinjauan Manajemen", section: "Sistem Manajemen Mutu", permission: "management_review.read" },
  { href: "/documents", label: "Pengendalian Dokumen", section: "Pengendalian Dokumen", permission: "document.read" },
  { href: "/documents/read", label: "Dokumen Wajib Baca", section: "Pengendalian Dokumen", permission: "document.read" },
  { href: "/documents/reviews", label: "Kaji Ulang Dokumen", section: "Pengendalian Dokumen", permission: "document.manage" },
  { href: "/documents/retention", label: "Retensi dan Pemusnahan", section: "Pengendalian Dokumen", permission: "document.manage" },
  { href: "/documents/retention?tab=berita-acara", label: "Usulan Pemusnahan", section: "Pengendalian Dokumen", permission: "document.destruction.approve" },
  { href: "/documents/loans", label: "Peminjaman Arsip", section: "Pengendalian Dokumen", permission: "archive.loan.request" },
  { href: "/admin/units", label: "Unit Organisasi", section: "Administrasi", permission: "unit.read" },
  { href: "/admin/users", label: "Pengguna dan Peran", section: "Administrasi", permission: "user.read" },
  { href: "/admin/outbox", label: "Kotak Keluar E-mail", section: "Administrasi", permission: "notification.outbox.read" },
];

export function navigationFor(user: SessionUser): NavItem[] {
  return MODULES.filter((m) => can(user, m.permission)).map(({ permission: _permission, ...item }) => item);
}

export function roleLabelsOf(user: SessionUser, labels: Record<string, string>): string[] {
  return [...new Set(user.grants.map((g) => labels[g.role]))];
}
