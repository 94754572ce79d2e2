import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import { SCHEDULE_KIND_LABELS } from "@/lib/audits/constants";
import { formatSlotDay, formatTime } from "@/lib/audits/format";
import type { ScheduleItemView } from "@/lib/audits/types";
import type { ReactNode } from "react";

/** An audit's schedule in time order; `action` renders a per-row control (e.g. Hapus). */
export function ScheduleTable({ items, action, caption = "Jadwal audit" }: { items: ScheduleItemView[]; action?: (item: ScheduleItemView) => ReactNode; caption?: string }) {
  return (
    <Table caption={caption}>
      <THead>
        <Tr>
          <Th>Hari</Th>
          <Th>Waktu (WITA)</Th>
          <Th>Kegiatan</Th>
          <Th>Auditor</Th>
          <Th>Tempat</Th>
          {action && <Th><span className="visually-hidden">Tindakan</span></Th>}
        </Tr>
      </THead>
      <TBody>
        {items.map((s) => (
          <Tr key={s.id}>
            <Td className="text-sm">{formatSlotDay(s.startsAt)}</Td>
            <Td nowrap className="tabular">{`${formatTime(s.startsAt)}–${formatTime(s.endsAt)}`}</Td>
            <Td>
              {SCHEDULE_KIND_LABELS[s.kind]}
              {s.unitName && `: ${s.unitName}`}
              {s.note && <div className="muted text-sm">{s.note}</div>}
            </Td>
            <Td className="text-sm">{s.auditors.map((a) => a.name).join(", ") || "—"}</Td>
            <Td className="text-sm">{s.place ?? "—"}</Td>
            {action && <Td>{action(s)}</Td>}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
