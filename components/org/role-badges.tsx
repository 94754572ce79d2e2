import { Badge } from "@/components/ui";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import styles from "./org.module.css";

/** "Auditor · Dinas Sosial"; a grant without unit covers the whole portal. */
export function grantLabel(grant: { role: Role; unitName: string | null }): string {
  return `${ROLE_LABELS[grant.role]} · ${grant.unitName ?? "Seluruh portal"}`;
}

export function RoleBadges({ roles }: { roles: { role: Role; unitName: string | null }[] }) {
  if (roles.length === 0) return <span className="muted">Tanpa peran</span>;
  return (
    <ul className={styles.badges}>
      {roles.map((grant, i) => (
        <li key={i}>
          <Badge tone={grant.role === "ADMIN" ? "warning" : "info"}>{grantLabel(grant)}</Badge>
        </li>
      ))}
    </ul>
  );
}
