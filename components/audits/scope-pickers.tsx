"use client";
// The plan's scope and team pickers: auditee units with their representative, ISO clauses, and the
// auditors with their role in the team (the province's pool for an audit silang listed after).
import { useId } from "react";
import { Checkbox, Input, Select } from "@/components/ui";
import { TEAM_ROLES, TEAM_ROLE_LABELS, type AuditTeamRole } from "@/lib/audits/constants";
import type { AuditFormOptions } from "@/lib/audits/types";
import styles from "./audits.module.css";

type Frame = { legend: string; hint?: string; error?: string; children: React.ReactNode };

function Group({ legend, hint, error, children }: Frame) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className={styles.group} aria-describedby={describedBy}>
      <legend className={styles.legend}>{legend}</legend>
      {hint && <p id={`${id}-hint`} className={styles.hint}>{hint}</p>}
      {children}
      {error && <p id={`${id}-error`} className={styles.error} role="alert">{error}</p>}
    </fieldset>
  );
}

export type UnitScope = { unitId: string; representative?: string | null };

export function UnitScopePicker({ units, agencyDepth, value, onChange, error }: {
  units: AuditFormOptions["units"]; agencyDepth: number; value: UnitScope[]; onChange: (v: UnitScope[]) => void; error?: string;
}) {
  const chosen = new Map(value.map((u) => [u.unitId, u]));
  const toggle = (unitId: string, on: boolean) => onChange(on ? [...value, { unitId, representative: null }] : value.filter((u) => u.unitId !== unitId));
  const represent = (unitId: string, representative: string) => onChange(value.map((u) => (u.unitId === unitId ? { ...u, representative } : u)));
  return (
    <Group legend="Unit auditi" hint="Unit yang diaudit beserta wakilnya (auditi) yang mendampingi auditor." error={error}>
      {units.filter((u) => u.depth > agencyDepth).map((u) => (
        <div key={u.id} className={styles.unitRow} style={{ paddingLeft: `${(u.depth - agencyDepth - 1) * 1.25}rem` }}>
          <Checkbox label={u.name} checked={chosen.has(u.id)} onChange={(e) => toggle(u.id, e.target.checked)} />
          {chosen.has(u.id) && (
            <Input
              aria-label={`Wakil auditi ${u.name}`}
              placeholder="Nama wakil auditi"
              maxLength={200}
              value={chosen.get(u.id)?.representative ?? ""}
              onChange={(e) => represent(u.id, e.target.value)}
            />
          )}
        </div>
      ))}
    </Group>
  );
}

export function ClausePicker({ clauses, value, onChange, error }: { clauses: AuditFormOptions["clauses"]; value: string[]; onChange: (v: string[]) => void; error?: string }) {
  const toggle = (code: string, on: boolean) => onChange(on ? [...value, code] : value.filter((c) => c !== code));
  return (
    <Group legend="Klausul ISO 9001:2015" hint="Klausul yang diperiksa; daftar periksa disusun dari klausul ini dan langkah SOP." error={error}>
      <div className={styles.choices}>
        {clauses.map((c) => (
          <Checkbox key={c.code} label={`${c.code} ${c.title}`} checked={value.includes(c.code)} onChange={(e) => toggle(c.code, e.target.checked)} />
        ))}
      </div>
    </Group>
  );
}

export type TeamChoice = { userId: string; role: AuditTeamRole };
const ROLE_OPTIONS = TEAM_ROLES.map((r) => ({ value: r, label: TEAM_ROLE_LABELS[r] }));

export function TeamPicker({ auditors, value, onChange, error }: { auditors: AuditFormOptions["auditors"]; value: TeamChoice[]; onChange: (v: TeamChoice[]) => void; error?: string }) {
  const roleOf = (userId: string) => value.find((m) => m.userId === userId)?.role ?? "";
  const set = (userId: string, role: string) =>
    onChange(role ? [...value.filter((m) => m.userId !== userId), { userId, role: role as AuditTeamRole }] : value.filter((m) => m.userId !== userId));
  return (
    <Group
      legend="Tim audit"
      hint="Satu ketua (lead auditor) dan anggota. Auditor Perangkat Daerah lain (audit silang) hanya mendapat akses untuk audit ini sampai audit selesai."
      error={error}
    >
      {auditors.length === 0 && <p className={styles.hint}>Belum ada pengguna berperan Auditor di provinsi ini.</p>}
      {auditors.map((a) => (
        <div key={a.id} className={styles.teamRow}>
          <span>
            {a.name} <span className="muted text-sm">({a.unitName}{a.crossAgency ? ", audit silang" : ""})</span>
            <br />
            <span className="muted text-sm">
              {a.competence.count > 0 ? `${a.competence.count} pelatihan/sertifikat, terbaru: ${a.competence.latest}` : "Belum ada data kompetensi"}
            </span>
            {!a.competence.internalAuditor && (
              <>
                <br />
                <span className={styles.competenceWarning}>
                  Perhatian: belum ada pelatihan auditor internal
                </span>
              </>
            )}
          </span>
          <Select aria-label={`Peran ${a.name} dalam tim`} options={ROLE_OPTIONS} placeholder="Tidak ditugaskan" value={roleOf(a.id)} onChange={(e) => set(a.id, e.target.value)} />
        </div>
      ))}
    </Group>
  );
}
