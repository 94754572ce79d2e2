// The organisation: the province root, its agencies with their unit trees, the accounts of the
// bench contract and the rest of the users spread over the units, with their role grants.
import { hashPassword } from "../../../lib/auth/password";
import { DEMO_PASSWORD } from "../../../seeds/users";
import { benchAccount } from "../contract";
import { idOf, insertRows, randomFor, scaled, type Row } from "./context";
import type { Agency, Generation, UnitRow, UserRow } from "./model";
import { AGENCY_NAMES, FIRST_NAMES, LAST_NAMES } from "./names";

/** Sub-units of an agency in creation order (a parent always before its children). */
const TEMPLATE: { key: string; name: (n: string) => string; type: string; parent: string | null }[] = [
  { key: "sek", name: (n) => `Sekretariat ${n}`, type: "SEKRETARIAT", parent: null },
  { key: "sek.umum", name: () => "Sub Bagian Umum dan Kepegawaian", type: "SUB_BAGIAN", parent: "sek" },
  { key: "sek.keu", name: () => "Sub Bagian Keuangan", type: "SUB_BAGIAN", parent: "sek" },
  { key: "b1", name: () => "Bidang Perencanaan dan Program", type: "BIDANG", parent: null },
  { key: "b1.s1", name: () => "Seksi Perencanaan", type: "SEKSI", parent: "b1" },
  { key: "b1.s2", name: () => "Seksi Evaluasi dan Pelaporan", type: "SEKSI", parent: "b1" },
  { key: "b2", name: () => "Bidang Pelayanan", type: "BIDANG", parent: null },
  { key: "b2.s1", name: () => "Seksi Pelayanan Umum", type: "SEKSI", parent: "b2" },
  { key: "b2.s2", name: () => "Seksi Pengaduan", type: "SEKSI", parent: "b2" },
  { key: "b3", name: () => "Bidang Pembinaan dan Pengawasan", type: "BIDANG", parent: null },
  { key: "b3.s1", name: () => "Seksi Pembinaan", type: "SEKSI", parent: "b3" },
  { key: "u1", name: (n) => `UPTD Layanan ${n}`, type: "UPTD", parent: null },
  { key: "u1.tu", name: () => "Sub Bagian Tata Usaha", type: "SUB_BAGIAN", parent: "u1" },
  { key: "b4", name: () => "Bidang Sarana dan Prasarana", type: "BIDANG", parent: null },
  { key: "b3.s2", name: () => "Seksi Pengawasan", type: "SEKSI", parent: "b3" },
  { key: "b4.s1", name: () => "Seksi Sarana", type: "SEKSI", parent: "b4" },
  { key: "u2", name: (n) => `UPTD Wilayah Timur ${n}`, type: "UPTD", parent: null },
  { key: "b4.s2", name: () => "Seksi Prasarana", type: "SEKSI", parent: "b4" },
];

export async function generateOrg(g: Generation, counters: { unit: number; user: number; grant: number }): Promise<void> {
  const rnd = randomFor("org");
  const agencyCount = scaled(g.scale, "agencies");
  const perAgency = Math.min(TEMPLATE.length, Math.max(4, Math.floor((scaled(g.scale, "units") - 1 - agencyCount) / agencyCount)));
  const units: UnitRow[] = [];
  const newUnit = (code: string, name: string, shortName: string, type: string, parent: UnitRow | null, agencyIndex: number): UnitRow => {
    const id = idOf("unit", ++counters.unit);
    const path = `${parent?.path ?? "/"}${id}/`;
    const unit = { id, code, name, shortName, type, parentId: parent?.id ?? null, path, depth: path.split("/").filter(Boolean).length - 1, agencyIndex };
    units.push(unit);
    return unit;
  };
  g.root = newUnit("bench", "Pemerintah Provinsi Nusa Tenggara Timur (bench)", "Pemprov NTT", "PROVINSI", null, -1);

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users: Row[] = [];
  const grants: Row[] = [];
  const createdAt = new Date(Date.UTC(2016, 11, 1));
  const addUser = (email: string | null, name: string, position: string, unit: UnitRow, agencyIndex: number): UserRow => {
    const n = ++counters.user;
    const id = idOf("user", n);
    const nip = `19${String(70 + (n % 30)).padStart(2, "0")}${String(n).padStart(6, "0")}${String(100000 + n).slice(-6)}`;
    users.push([id, nip, email ?? `pegawai${n}@${"bench.nttprov.go.id"}`, name, position, unit.id, passwordHash, createdAt, createdAt]);
    g.events.push({ at: createdAt, actor: null, entity: "user", entityId: id, action: "create", after: { id, name, unitId: unit.id } });
    return { id, name, unitId: unit.id, agencyIndex };
  };
  const grant = (user: UserRow, role: string, unit: UnitRow | null) => {
    grants.push([idOf("grant", ++counters.grant), user.id, role, unit?.id ?? null, createdAt]);
    g.events.push({ at: createdAt, actor: null, entity: "user", entityId: user.id, action: "grant", after: { role, unitId: unit?.id ?? null } });
  };
  const personName = () => `${rnd.pick(FIRST_NAMES)} ${rnd.pick(LAST_NAMES)}`;

  g.admin = addUser(benchAccount.admin, "Administrator Portal (bench)", "Pranata Komputer", g.root, -1);
  grant(g.admin, "ADMIN", null);
  g.pemantau = addUser(benchAccount.province, "Pemantau Provinsi (bench)", "Analis Kelembagaan Biro Organisasi", g.root, -1);
  grant(g.pemantau, "PEMANTAU", g.root);

  g.agencies = [];
  for (let a = 0; a < agencyCount; a++) {
    const full = AGENCY_NAMES[a % AGENCY_NAMES.length];
    const name = a < AGENCY_NAMES.length ? full : `${full} ${Math.floor(a / AGENCY_NAMES.length) + 1}`;
    const short = name.replace(/^(Dinas|Badan|Biro|Inspektorat|Satuan|Rumah Sakit Umum Daerah)\s*/, "").split(" ").slice(0, 3).join(" ");
    const code = `bench.a${String(a + 1).padStart(2, "0")}`;
    const agencyUnit = newUnit(code, `${name} Provinsi Nusa Tenggara Timur`, short, "PERANGKAT_DAERAH", g.root, a);
    const byKey = new Map<string, UnitRow>();
    const subUnits: UnitRow[] = [];
    for (const t of TEMPLATE.slice(0, perAgency)) {
      const parent = t.parent ? byKey.get(t.parent)! : agencyUnit;
      const unit = newUnit(`${code}.${t.key}`, t.name(short), t.name(short).replace(/^Sub Bagian/, "Subbag"), t.type, parent, a);
      byKey.set(t.key, unit);
      subUnits.push(unit);
    }
    const nn = a + 1;
    const pimpinan = addUser(benchAccount.pimpinan(nn), personName(), `Kepala ${name}`, agencyUnit, a);
    grant(pimpinan, "PIMPINAN", agencyUnit);
    const manajerMutu = addUser(benchAccount.manajerMutu(nn), personName(), `Sekretaris ${name}`, subUnits[0], a);
    grant(manajerMutu, "MANAJER_MUTU", agencyUnit);
    const auditor = addUser(benchAccount.auditor(nn), personName(), "Auditor Internal", subUnits[0], a);
    grant(auditor, "AUDITOR", agencyUnit);
    grant(auditor, "PEGAWAI", subUnits[0]);
    const pegawaiUnit = subUnits[subUnits.length - 1];
    const pegawai = addUser(benchAccount.pegawai(nn), personName(), "Pengelola Layanan", pegawaiUnit, a);
    grant(pegawai, "PEGAWAI", pegawaiUnit);
    g.agencies.push({
      index: a, unit: agencyUnit, units: subUnits, pimpinan, manajerMutu, auditor, pegawai,
      auditors: [auditor], staff: [pimpinan, manajerMutu, auditor, pegawai], sopIds: [], sopUnit: new Map(),
    });
  }

  // The rest of the users: the head of every sub-unit first (AUDITEE there), then staff in turn.
  const total = scaled(g.scale, "users");
  const heads = g.agencies.flatMap((agency) => agency.units.map((unit) => ({ agency, unit })));
  let i = 0;
  while (counters.user < total) {
    const { agency, unit } = heads[i % heads.length];
    const isHead = i < heads.length;
    i++;
    const user = addUser(null, personName(), isHead ? `Kepala ${unit.name}` : rnd.pick(POSITIONS), unit, agency.index);
    agency.staff.push(user);
    if (isHead) grant(user, "AUDITEE", unit);
    else grant(user, "PEGAWAI", unit);
    if (!isHead && agency.auditors.length < 6 && rnd.chance(0.25)) {
      grant(user, "AUDITOR", agency.unit);
      agency.auditors.push(user);
    } else if (!isHead && rnd.chance(0.03)) grant(user, "PENGENDALI_DOKUMEN", agency.unit);
  }

  await insertRows(g.client, "Unit", ["id", "code", "name", "shortName", "type", "parentId", "path", "depth", "createdAt", "updatedAt"],
    units.map((u) => [u.id, u.code, u.name, u.shortName, u.type, u.parentId, u.path, u.depth, createdAt, createdAt]));
  for (const u of units) g.events.push({ at: createdAt, actor: null, entity: "unit", entityId: u.id, action: "create", after: { code: u.code, name: u.name, type: u.type } });
  await insertRows(g.client, "User", ["id", "nip", "email", "name", "position", "unitId", "passwordHash", "createdAt", "updatedAt"], users);
  await insertRows(g.client, "RoleGrant", ["id", "userId", "role", "unitId", "createdAt"], grants);
}

const POSITIONS = [
  "Analis Kebijakan", "Pengelola Data", "Pranata Komputer", "Bendahara", "Pengadministrasi Umum", "Penyusun Program",
  "Analis Sumber Daya Manusia", "Arsiparis", "Pengelola Keuangan", "Penyuluh", "Pengawas", "Verifikator",
];
