import type { ReactNode } from "react";
import type { SopContent } from "@/lib/sops/content";
import { MISSING_SOP_NUMBER, isMissingSopNumber } from "@/lib/sops/number";
import styles from "./sop-document.module.css";

export type SopIdentityProps = {
  content: Pick<
    SopContent,
    | "nomor"
    | "nama"
    | "unit_lines"
    | "tanggal_pembuatan"
    | "tanggal_revisi"
    | "tanggal_efektif"
    | "disahkan_oleh"
    | "disahkan_oleh_nip"
  >;
  /** Printed when the SOP carries no organisation lines: the agency and the unit. */
  fallbackUnitLines: string[];
};

const blank = <span className={styles.blank}>—</span>;
const orBlank = (value: string | null): ReactNode => (value && value.trim() !== "" ? value : blank);

/** The header ("identitas") of the paper SOP AP: organisation lines left, identity rows right. */
export function SopIdentity({ content, fallbackUnitLines }: SopIdentityProps) {
  const lines = content.unit_lines.length > 0 ? content.unit_lines : fallbackUnitLines;
  const rows: { label: string; value: ReactNode; strong?: boolean }[] = [
    {
      label: "Nomor SOP",
      value: isMissingSopNumber(content.nomor) ? (
        <span className={styles.blank} title={content.nomor ? `Tertulis: ${content.nomor.trim()}` : undefined}>
          {MISSING_SOP_NUMBER}
        </span>
      ) : (
        content.nomor
      ),
    },
    { label: "Tanggal Pembuatan", value: orBlank(content.tanggal_pembuatan) },
    { label: "Tanggal Revisi", value: orBlank(content.tanggal_revisi) },
    { label: "Tanggal Efektif", value: orBlank(content.tanggal_efektif) },
    {
      label: "Disahkan oleh",
      value:
        content.disahkan_oleh || content.disahkan_oleh_nip ? (
          <>
            {content.disahkan_oleh && <span className={styles.block}>{content.disahkan_oleh}</span>}
            {content.disahkan_oleh_nip && <span className={styles.block}>NIP. {content.disahkan_oleh_nip}</span>}
          </>
        ) : (
          blank
        ),
    },
    { label: "Nama SOP", value: content.nama, strong: true },
  ];

  return (
    <table className={`${styles.paperTable} ${styles.identity}`} aria-label="Identitas SOP">
      <tbody>
        {rows.map((row, i) => (
          <tr key={row.label}>
            {i === 0 && (
              <td rowSpan={rows.length} className={styles.organisation}>
                {lines.map((line, j) => (
                  <span key={j} className={styles.organisationLine}>
                    {line}
                  </span>
                ))}
              </td>
            )}
            <th scope="row" className={styles.identityLabel}>
              {row.label}
            </th>
            <td className={row.strong ? styles.identityTitle : styles.identityValue}>{row.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
