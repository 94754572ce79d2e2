// Unit x ISO 9001 clause 4-10 for the year: audited, planned or not covered.
import { Badge, Table, TBody, THead, Td, Th, Tr, type Tone } from "@/components/ui";
import { COVERAGE_LABELS, type CoverageState } from "@/lib/audits/coverage-rules";
import { MAIN_CLAUSES, MAIN_CLAUSE_LABELS } from "@/lib/audits/programme-constants";
import type { CoverageView } from "@/lib/audits/programme-types";
import styles from "./programme.module.css";

const TONES: Record<CoverageState, Tone> = { DIAUDIT: "success", DIRENCANAKAN: "info", BELUM: "neutral" };
const SHORT: Record<CoverageState, string> = { DIAUDIT: "Diaudit", DIRENCANAKAN: "Rencana", BELUM: "—" };

export function CoverageMatrix({ coverage }: { coverage: CoverageView }) {
  return (
    <div className={styles.scroll}>
      <Table caption={`Cakupan audit ${coverage.year}: unit × klausul ISO 9001:2015`}>
        <THead>
          <Tr>
            <Th>Unit</Th>
            {MAIN_CLAUSES.map((c) => (
              <Th key={c} className={styles.matrixCell}>
                <abbr title={MAIN_CLAUSE_LABELS[c]}>{c}</abbr>
              </Th>
            ))}
          </Tr>
        </THead>
        <TBody>
          {coverage.units.map((u) => (
            <Tr key={u.id}>
              <Th scope="row">{u.name}</Th>
              {MAIN_CLAUSES.map((c) => {
                const state = coverage.matrix[u.id][c];
                return (
                  <Td key={c} className={styles.matrixCell} aria-label={`${u.name}, klausul ${c}: ${COVERAGE_LABELS[state]}`}>
                    {state === "BELUM" ? <span className="muted">{SHORT[state]}</span> : <Badge tone={TONES[state]}>{SHORT[state]}</Badge>}
                  </Td>
                );
              })}
            </Tr>
          ))}
        </TBody>
      </Table>
    </div>
  );
}
