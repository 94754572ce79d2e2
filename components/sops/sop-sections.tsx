import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui";
import type { SopContent } from "@/lib/sops/content";
import { titleKey } from "@/lib/sops/keys";
import type { SopLinkView } from "@/lib/sops/types";
import styles from "./sop-document.module.css";

export type SopSectionsProps = {
  content: Pick<SopContent, "dasar_hukum" | "kualifikasi" | "keterkaitan" | "peralatan" | "peringatan" | "pencatatan">;
  /** Keterkaitan as resolved against the catalogue (of the current revision). */
  links: SopLinkView[];
  /** Name of this SOP's unit: a related SOP of another unit shows its unit. */
  unitName: string;
};

const none = <p className={styles.blank}>—</p>;

function NumberedList({ items }: { items: string[] }) {
  if (items.length === 0) return none;
  return (
    <ol className={styles.numbered}>
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ol>
  );
}

function Paragraphs({ text }: { text: string | null }) {
  if (!text) return none;
  return <p className={styles.prose}>{text}</p>;
}

/** A Keterkaitan name with its catalogue entry: by position when the names agree, else by name. */
function resolveLinks(names: string[], links: SopLinkView[]): SopLinkView[] {
  return names.map((name, i) => {
    const byPosition = links[i];
    if (byPosition && byPosition.name === name) return byPosition;
    const key = titleKey(name);
    return links.find((l) => l.name === name) ?? links.find((l) => titleKey(l.name) === key) ?? { name, target: null };
  });
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h2 id={id} className={styles.sectionTitle}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The 2×3 block under the header of the paper SOP AP. */
export function SopSections({ content, links, unitName }: SopSectionsProps) {
  const related = resolveLinks(content.keterkaitan, links);
  return (
    <div className={styles.sections}>
      <Section id="sop-dasar-hukum" title="Dasar Hukum">
        <NumberedList items={content.dasar_hukum} />
      </Section>
      <Section id="sop-kualifikasi" title="Kualifikasi Pelaksana">
        <NumberedList items={content.kualifikasi} />
      </Section>
      <Section id="sop-keterkaitan" title="Keterkaitan">
        {related.length === 0 ? (
          none
        ) : (
          <ol className={styles.numbered}>
            {related.map((link, i) => (
              <li key={i}>
                {link.target ? (
                  <>
                    <Link href={`/sops/${link.target.id}`}>{link.name}</Link>
                    {link.target.unitName !== unitName && (
                      <span className={styles.relatedUnit}> ({link.target.unitName})</span>
                    )}
                  </>
                ) : (
                  <>
                    {link.name}{" "}
                    <span className={styles.screenOnly}>
                      <Badge tone="warning">belum ada di katalog</Badge>
                    </span>
                  </>
                )}
              </li>
            ))}
          </ol>
        )}
      </Section>
      <Section id="sop-peralatan" title="Peralatan/Perlengkapan">
        <NumberedList items={content.peralatan} />
      </Section>
      <Section id="sop-peringatan" title="Peringatan">
        <Paragraphs text={content.peringatan} />
      </Section>
      <Section id="sop-pencatatan" title="Pencatatan dan Pendataan">
        <Paragraphs text={content.pencatatan} />
      </Section>
    </div>
  );
}
