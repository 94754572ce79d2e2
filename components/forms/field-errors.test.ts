import { describe, expect, it } from "vitest";
import { fieldPathsOf, placeFieldErrors, renameFieldErrors } from "./field-errors";

describe("fieldPathsOf", () => {
  it("walks nested objects and keeps lists and scalars as fields", () => {
    expect(fieldPathsOf({ reason: "", values: { code: "", sopIds: ["a"], target: null }, version: 2 })).toEqual([
      "reason",
      "values.code",
      "values.sopIds",
      "values.target",
      "version",
    ]);
  });

  it("has no fields for missing values", () => {
    expect(fieldPathsOf(undefined)).toEqual([]);
  });
});

describe("placeFieldErrors", () => {
  it("places a key that names a field as sent", () => {
    expect(placeFieldErrors({ code: ["Kode sudah dipakai."] }, ["name", "code"])).toEqual({
      placed: [{ name: "code", message: "Kode sudah dipakai." }],
      unplaced: {},
    });
  });

  it("drops the action's wrapper when the form has the field at the top", () => {
    const { placed } = placeFieldErrors({ "values.statement": ["Wajib diisi."] }, ["statement", "commitments"]);
    expect(placed).toEqual([{ name: "statement", message: "Wajib diisi." }]);
  });

  it("puts the form's wrapper in front when the action names the field at the top", () => {
    const { placed } = placeFieldErrors({ code: ["Kode sudah dipakai."], reason: ["Wajib diisi."] }, ["reason", "values.code"]);
    expect(placed).toEqual([
      { name: "values.code", message: "Kode sudah dipakai." },
      { name: "reason", message: "Wajib diisi." },
    ]);
  });

  it("keeps a line of a list on its own path inside the list field", () => {
    const { placed } = placeFieldErrors({ "commitments.1": ["Terlalu panjang."] }, ["statement", "commitments"]);
    expect(placed).toEqual([{ name: "commitments.1", message: "Terlalu panjang." }]);
  });

  it("does not mistake a field for another that only shares its first letters", () => {
    const { placed, unplaced } = placeFieldErrors({ codeExtra: ["x"] }, ["code"]);
    expect(placed).toEqual([]);
    expect(unplaced).toEqual({ codeExtra: ["x"] });
  });

  it("reports errors of fields the form does not have, and skips empty messages", () => {
    expect(placeFieldErrors({ evidence: ["Berkas terlalu besar."], name: [""] }, ["name"])).toEqual({
      placed: [],
      unplaced: { evidence: ["Berkas terlalu besar."] },
    });
  });

  it("accepts a refusal without field errors", () => {
    expect(placeFieldErrors(undefined, ["name"])).toEqual({ placed: [], unplaced: {} });
  });
});

describe("renameFieldErrors", () => {
  it("renames keys and joins the messages that land on one name", () => {
    const line = (key: string) => key.replace(/^(content\.dasar_hukum)\.\d+$/, "$1");
    expect(renameFieldErrors({ "content.dasar_hukum.1": ["a"], "content.dasar_hukum.4": ["b"], reason: ["c"] }, line)).toEqual({
      "content.dasar_hukum": ["a", "b"],
      reason: ["c"],
    });
  });

  it("leaves the errors as they are without a rename", () => {
    const errors = { code: ["x"] };
    expect(renameFieldErrors(errors, undefined)).toBe(errors);
  });
});
