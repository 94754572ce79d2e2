import type { ReactNode } from "react";
import { Button, EmptyState, FormField, Select, type SelectOption } from "@/components/ui";
import type { SopStepContent } from "@/lib/sops/content";
import { SOP_CHANGE_GROUP_LABELS, stepActorText, type SopChange, type SopChangeGroup } from "@/lib/sops/revision-diff";
import styles from "./revision-diff-view.module.css";

const GROUPS: SopChangeGroup[] = ["identitas", "bagian", "pelaksana", "langkah"];

function Before({ children }: { children: string | null }) {
  return (
    <del className={styles.before}>
      <span className="visually-hidden">sebelum: </span>
      {children ?? <span className={styles.empty}>(kosong)</span>}
    </del>
  );
}

function After({ children }: { children: string | null }) {
  return (
    <ins className={styles.after}>
      <span className="visually-hidden">sesudah: </span>
      {children ?? <span className={styles.empty}>(kosong)</span>}
    </ins>
  );
}

function BeforeAfter({ before, after }: { before: string | null; after: string | null }) {
  return (
    <div className={styles.pair}>
      <Before>{before}</Before>
      <span className={styles.arrow} aria-hidden="true">
        →
      </span>
      <After>{after}</After>
    </div>
  );
}

/** The fields of a whole step that was added or removed. */
function StepFields({ step, as: Mark }: { step: SopStepContent; as: typeof Before | typeof After }) {
  const rows: [string, string | null][] = [
    ["Uraian", step.activity],
    ["Pelaksana", stepActorText(step)],
    ["Kelengkapan", step.kelengkapan],
    ["Waktu", step.waktu_raw],
    ["Output", step.output],
    ["Keterangan", step.keterangan],
  ];
  return (
    <dl className={styles.fields}>
      {rows
        .filter(([, value]) => value !== null && value !== "")
        .map(([label, value]) => (
          <div key={label} className={styles.fieldRow}>
            <dt>{label}</dt>
            <dd>
              <Mark>{value}</Mark>
            </dd>
          </div>
        ))}
    </dl>
  );
}

function ChangeItem({ change }: { change: SopChange }) {
  let body: ReactNode;
  switch (change.kind) {
    case "field":
      body = <BeforeAfter before={change.before} after={change.after} />;
      break;
    case "list":
      body = (
        <div className="stack-sm">
          {change.added.length > 0 && (
            <div className={styles.itemGroup}>
              <p className={styles.itemLabel}>Ditambahkan</p>
              <ul className={styles.items} aria-label={`${change.label} yang ditambahkan`}>
                {change.added.map((item, i) => (
                  <li key={i}>
                    <After>{item}</After>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {change.removed.length > 0 && (
            <div className={styles.itemGroup}>
              <p className={styles.itemLabel}>Dihapus</p>
              <ul className={styles.items} aria-label={`${change.label} yang dihapus`}>
                {change.removed.map((item, i) => (
                  <li key={i}>
                    <Before>{item}</Before>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {change.reordered && <p className="muted text-sm">Isinya sama; hanya urutannya yang berubah.</p>}
        </div>
      );
      break;
    case "step-added":
      body = <StepFields step={change.step} as={After} />;
      break;
    case "step-removed":
      body = <StepFields step={change.step} as={Before} />;
      break;
    case "step-moved":
    case "step-changed":
      body = change.fields.length === 0 ? null : (
        <dl className={styles.fields}>
          {change.fields.map((f) => (
            <div key={f.field} className={styles.fieldRow}>
              <dt>{f.label}</dt>
              <dd>
                <BeforeAfter before={f.before} after={f.after} />
              </dd>
            </div>
          ))}
        </dl>
      );
      break;
  }
  const title = change.kind === "field" ? change.label : change.summary;
  return (
    <li className={`${styles.change} ${styles[change.kind.replace("-", "_")] ?? ""}`}>
      <p className={styles.summary}>{title}</p>
      {body}
    </li>
  );
}

export type RevisionDiffViewProps = { changes: SopChange[] };

/** The changes between two revisions, grouped as the SOP is laid out. */
export function RevisionDiffView({ changes }: RevisionDiffViewProps) {
  if (changes.length === 0) {
    return <EmptyState title="Tidak ada perbedaan" description="Isi kedua revisi ini sama." />;
  }
  return (
    <div className="stack-lg">
      <p className="muted text-sm">
        {changes.length} perubahan. <del className={styles.before}>Teks dicoret merah</del> adalah isi sebelumnya;{" "}
        <ins className={styles.after}>teks hijau</ins> adalah isi sesudahnya.
      </p>
      {GROUPS.map((group) => {
        const items = changes.filter((c) => c.group === group);
        if (items.length === 0) return null;
        return (
          <section key={group} className="stack-sm" aria-labelledby={`diff-${group}`}>
            <h3 id={`diff-${group}`} className={styles.groupTitle}>
              {SOP_CHANGE_GROUP_LABELS[group]} <span className={styles.groupCount}>({items.length})</span>
            </h3>
            <ul className={styles.changes}>
              {items.map((change, i) => (
                <ChangeItem key={i} change={change} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

export type RevisionPickerProps = {
  /** Revisions as select options, newest first. */
  options: SelectOption[];
  from: number;
  to: number;
};

/** Plain GET form choosing the two revisions to compare (works without JavaScript). */
export function RevisionPicker({ options, from, to }: RevisionPickerProps) {
  return (
    <form method="get" className={styles.picker} aria-label="Pilih revisi yang dibandingkan">
      <FormField label="Dari revisi" htmlFor="diff-from">
        <Select id="diff-from" name="from" options={options} defaultValue={String(from)} />
      </FormField>
      <FormField label="Ke revisi" htmlFor="diff-to">
        <Select id="diff-to" name="to" options={options} defaultValue={String(to)} />
      </FormField>
      <Button type="submit" variant="secondary">
        Bandingkan
      </Button>
    </form>
  );
}
