import Link from "next/link";
import type { ObjectiveDetail } from "@/lib/objectives/types";
import styles from "./objectives.module.css";

/** The SOPs an objective concerns, each opening its SOP page. */
export function ObjectiveSopList({ sops }: { sops: ObjectiveDetail["sops"] }) {
  if (sops.length === 0) return <p className="muted">Belum ada SOP yang dikaitkan.</p>;
  return (
    <ul className={styles.plainList} aria-label="SOP terkait">
      {sops.map((sop) => (
        <li key={sop.id}>
          <Link href={`/sops/${encodeURIComponent(sop.id)}`}>{sop.title}</Link>
          <div className="muted text-sm">{[sop.number, sop.unitName].filter(Boolean).join(" · ")}</div>
        </li>
      ))}
    </ul>
  );
}
