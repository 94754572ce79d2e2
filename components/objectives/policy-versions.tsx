import Link from "next/link";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import type { PolicyView } from "@/lib/objectives/types";
import { formatDate, formatDateTime } from "@/lib/utils/format";
import { PolicyStatusBadge } from "./policy-status-badge";

/** Every version of an agency's kebijakan mutu, newest first. */
export function PolicyVersions({ policies }: { policies: PolicyView[] }) {
  return (
    <Table caption="Versi kebijakan mutu">
      <THead>
        <Tr>
          <Th>Versi</Th>
          <Th>Status</Th>
          <Th>Disahkan</Th>
          <Th>Terakhir diubah</Th>
        </Tr>
      </THead>
      <TBody>
        {policies.map((p) => (
          <Tr key={p.id}>
            <Td nowrap>
              <Link href={`/objectives/policy/${encodeURIComponent(p.id)}`}>{`Versi ${p.versionNo}`}</Link>
            </Td>
            <Td>
              <PolicyStatusBadge status={p.status} />
            </Td>
            <Td>{p.approvedAt ? `${formatDate(p.approvedAt)} · ${p.approvedBy ?? ""}` : <span className="muted">—</span>}</Td>
            <Td nowrap className="text-sm">{formatDateTime(p.updatedAt)}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
