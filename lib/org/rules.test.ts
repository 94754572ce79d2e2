import { describe, expect, it } from "vitest";
import { childPath, depthOf, isWithin, mayContain, rebasePath } from "./rules";

describe("organisation tree rules", () => {
  it("puts a Provinsi at the top and Perangkat Daerah under it", () => {
    expect(mayContain(null, "PROVINSI")).toBe(true);
    expect(mayContain(null, "BIDANG")).toBe(false);
    expect(mayContain("PROVINSI", "PERANGKAT_DAERAH")).toBe(true);
    expect(mayContain("PROVINSI", "SEKSI")).toBe(false);
  });

  it("lets a UPTD hold a Sub Bagian Tata Usaha and its Seksi", () => {
    expect(mayContain("UPTD", "SUB_BAGIAN")).toBe(true);
    expect(mayContain("UPTD", "SEKSI")).toBe(true);
    expect(mayContain("SEKSI", "SEKSI")).toBe(false);
  });

  it("builds paths and depths from the parent", () => {
    expect(childPath(null, "a")).toBe("/a/");
    expect(childPath("/a/", "b")).toBe("/a/b/");
    expect(depthOf("/a/")).toBe(0);
    expect(depthOf("/a/b/c/")).toBe(2);
  });

  it("detects a move into the unit's own subtree", () => {
    expect(isWithin("/a/b/c/", "/a/b/")).toBe(true);
    expect(isWithin("/a/bb/", "/a/b/")).toBe(false);
  });

  it("rebases descendants' paths after a move", () => {
    expect(rebasePath("/a/b/c/", "/a/b/", "/x/b/")).toBe("/x/b/c/");
  });
});
