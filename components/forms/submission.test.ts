import { describe, expect, it } from "vitest";
import { UNAVAILABLE_MESSAGE } from "@/lib/errors";
import { UNAVAILABLE_FAILURE, submitToAction, withData } from "./submission";

describe("submitToAction", () => {
  it("reports the saved data", async () => {
    expect(await submitToAction(async () => ({ ok: true, data: { id: "u1" } }))).toEqual({ kind: "saved", data: { id: "u1" } });
  });

  it("reports a refusal with its reason, message and field errors", async () => {
    const submission = await submitToAction(async () => ({
      ok: false as const,
      reason: "CONFLICT" as const,
      message: "Kode sudah dipakai.",
      fieldErrors: { code: ["Kode sudah dipakai."] },
    }));
    expect(submission).toEqual({
      kind: "refused",
      failure: { reason: "CONFLICT", message: "Kode sudah dipakai." },
      fieldErrors: { code: ["Kode sudah dipakai."] },
    });
  });

  it("reports nothing sent when a browser-side check refused", async () => {
    expect(await submitToAction(async () => null)).toEqual({ kind: "not-sent" });
  });

  it("turns a thrown action (HTTP 500, network lost) into an unanswered submission instead of throwing", async () => {
    const error = new TypeError("Failed to fetch");
    expect(await submitToAction(() => Promise.reject(error))).toEqual({ kind: "unanswered", error });
    expect(
      await submitToAction(() => {
        throw new Error("An error occurred in the Server Components render.");
      }),
    ).toMatchObject({ kind: "unanswered" });
  });

  it("tells the user the change was not saved when the server did not answer", () => {
    expect(UNAVAILABLE_FAILURE).toEqual({ reason: "UNAVAILABLE", message: UNAVAILABLE_MESSAGE });
    expect(UNAVAILABLE_MESSAGE).toBe("Server sedang bermasalah, perubahan Anda belum tersimpan; coba lagi.");
  });
});

describe("withData", () => {
  it("replaces the data of a success and keeps a refusal", () => {
    expect(withData({ ok: true, data: undefined }, { id: "o1" })).toEqual({ ok: true, data: { id: "o1" } });
    const refused = { ok: false as const, reason: "STALE" as const, message: "Data telah berubah." };
    expect(withData(refused, { id: "o1" })).toBe(refused);
  });
});
