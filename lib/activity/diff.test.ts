import { describe, expect, it } from "vitest";
import { describeChange, diffSnapshots, formatValue, snapshotFields } from "./diff";

const unitBefore = {
  id: "u1",
  code: "ntt.dinsos",
  name: "Dinas Sosial",
  shortName: null,
  type: "PERANGKAT_DAERAH",
  parentId: "p1",
  path: "/p1/u1/",
  active: true,
  version: 3,
};

describe("diffSnapshots", () => {
  it("lists only the fields that changed, with labels", () => {
    const after = { ...unitBefore, name: "Dinas Sosial Provinsi", shortName: "Dinsos", version: 4 };
    expect(diffSnapshots(unitBefore, after)).toEqual([
      { field: "name", label: "nama", before: "Dinas Sosial", after: "Dinas Sosial Provinsi" },
      { field: "shortName", label: "singkatan", before: "—", after: "Dinsos" },
    ]);
  });

  it("ignores bookkeeping fields such as version and path", () => {
    const after = { ...unitBefore, version: 9, path: "/p2/u1/" };
    expect(diffSnapshots(unitBefore, after)).toEqual([]);
  });

  it("treats null, undefined and empty text as the same blank value", () => {
    expect(diffSnapshots({ email: null }, { email: "" })).toEqual([]);
    expect(diffSnapshots({ email: null }, {})).toEqual([]);
  });

  it("reports fields present on one side only", () => {
    expect(diffSnapshots({}, { position: "Analis" })).toEqual([
      { field: "position", label: "jabatan", before: "—", after: "Analis" },
    ]);
  });

  it("uses value labels for enums and ids", () => {
    const after = { ...unitBefore, parentId: "p2" };
    const changes = diffSnapshots(unitBefore, after, { valueLabels: { parentId: { p1: "Provinsi A", p2: "Provinsi B" } } });
    expect(changes).toEqual([{ field: "parentId", label: "unit induk", before: "Provinsi A", after: "Provinsi B" }]);
  });

  it("compares nested values by content, not key order", () => {
    expect(diffSnapshots({ meta: { a: 1, b: 2 } }, { meta: { b: 2, a: 1 } })).toEqual([]);
    expect(diffSnapshots({ meta: { a: 1 } }, { meta: { a: 2 } })).toHaveLength(1);
  });

  it("accepts missing or non-object snapshots", () => {
    expect(diffSnapshots(null, null)).toEqual([]);
    expect(diffSnapshots("x", [1])).toEqual([]);
  });
});

describe("formatValue", () => {
  it("shows booleans in Indonesian and blanks as a dash", () => {
    expect(formatValue("active", true)).toBe("ya");
    expect(formatValue("active", false)).toBe("tidak");
    expect(formatValue("email", null)).toBe("—");
  });

  it("labels a blank value when a label for \"\" is given", () => {
    expect(formatValue("unitId", null, { valueLabels: { unitId: { "": "Seluruh portal" } } })).toBe("Seluruh portal");
  });

  it("keeps unknown values as they are", () => {
    expect(formatValue("role", "AUDITOR", { valueLabels: { role: { ADMIN: "Administrator" } } })).toBe("AUDITOR");
    expect(formatValue("count", 3)).toBe("3");
  });
});

describe("snapshotFields", () => {
  it("skips blanks and bookkeeping, and stops at the limit", () => {
    const fields = snapshotFields(unitBefore, { maxSnapshotFields: 3 });
    expect(fields.map((f) => f.field)).toEqual(["code", "name", "type"]);
  });
});

describe("describeChange", () => {
  it("describes an update as changed fields", () => {
    expect(describeChange({ name: "A", code: "a" }, { name: "B", code: "a" })).toEqual(["nama: A → B"]);
  });

  it("describes a grant by its after snapshot", () => {
    const lines = describeChange(null, { id: "g1", userId: "x", role: "AUDITOR", unitId: null }, {
      valueLabels: { role: { AUDITOR: "Auditor" }, unitId: { "": "Seluruh portal" } },
    });
    expect(lines).toEqual(["peran: Auditor", "unit: Seluruh portal"]);
  });

  it("describes a revoke by its before snapshot", () => {
    expect(describeChange({ id: "g1", role: "ADMIN", unitId: "u1" }, null, {
      valueLabels: { role: { ADMIN: "Administrator" }, unitId: { u1: "Dinas Sosial" } },
    })).toEqual(["peran: Administrator", "unit: Dinas Sosial"]);
  });

  it("returns nothing when the row has no snapshot", () => {
    expect(describeChange(null, null)).toEqual([]);
  });
});

describe("a record's own formatter", () => {
  const options = {
    fieldLabels: { period: "periode", value: "realisasi" },
    format: (field: string, value: unknown, snapshot: Record<string, unknown>) =>
      field === "value" && typeof value === "number" ? `${String(value).replace(".", ",")} ${String(snapshot.unit ?? "%")}` : undefined,
    contextFields: ["period"],
  };

  it("formats values with the snapshot they belong to, and falls back to the defaults", () => {
    expect(describeChange({ period: 8, value: 95.5, unit: "%" }, { period: 8, value: 97, unit: "orang" }, options)).toEqual([
      "periode: 8",
      "realisasi: 95,5 % → 97 orang",
      "unit: % → orang",
    ]);
  });

  it("writes numbers with a decimal comma and lists of text joined", () => {
    expect(formatValue("target", 95.5)).toBe("95,5");
    expect(formatValue("year", 2026)).toBe("2026");
    expect(formatValue("commitments", ["Melayani", "Tepat waktu"])).toBe("Melayani; Tepat waktu");
  });
});
