import { describe, expect, it } from "vitest";
import { dayOf, generatedCodePrefix, sopNextReviewAt } from "./document-link-mutations";

describe("an SOP's next periodic review", () => {
  it("is the day of its last revision (UTC) 24 months on", () => {
    expect(sopNextReviewAt(new Date("2025-03-10T23:30:00Z"))).toEqual(new Date("2027-03-10T00:00:00Z"));
    expect(dayOf(new Date("2025-03-10T23:30:00Z"))).toEqual(new Date("2025-03-10T00:00:00Z"));
  });

  it("lands on the last day of a shorter month, never in the next one", () => {
    expect(sopNextReviewAt(new Date("2024-02-29T01:00:00Z"))).toEqual(new Date("2026-02-28T00:00:00Z"));
    expect(sopNextReviewAt(new Date("2025-03-31T01:00:00Z"))).toEqual(new Date("2027-03-31T00:00:00Z"));
  });
});

describe("generated SOP codes", () => {
  it("name the agency by its short name, else its name", () => {
    expect(generatedCodePrefix({ shortName: "Dinas Sosial", name: "Dinas Sosial Provinsi NTT" })).toBe("SOP/Dinas Sosial/");
    expect(generatedCodePrefix({ shortName: null, name: "Biro Organisasi" })).toBe("SOP/Biro Organisasi/");
  });
});
