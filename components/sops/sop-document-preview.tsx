import type { SopContent } from "@/lib/sops/content";
import { SopIdentity } from "./sop-identity";
import { SopProcedureTable } from "./sop-procedure-table";
import { SopSections } from "./sop-sections";
import { SwimlaneFlowchart } from "./swimlane-flowchart";
import styles from "./sop-import-form.module.css";

/**
 * An SOP as the SOP page will show it (identity, sections, procedure table, flowchart), for the
 * upload preview: what the parser read, before anything is saved. Keterkaitan are not resolved yet.
 */
export function SopDocumentPreview({ content, unitName }: { content: SopContent; unitName: string }) {
  return (
    <div className={`stack ${styles.document}`} data-testid="sop-preview-document">
      <SopIdentity content={content} fallbackUnitLines={[unitName]} />
      <SopSections content={content} links={content.keterkaitan.map((name) => ({ name, target: null }))} unitName={unitName} />
      <h4 className={styles.documentHeading}>Prosedur</h4>
      <SopProcedureTable actors={content.actors} steps={content.steps} />
      <h4 className={styles.documentHeading}>Diagram alir</h4>
      <SwimlaneFlowchart actors={content.actors} steps={content.steps} title={content.nama} />
    </div>
  );
}
