import { describe, expect, it, vi } from "vitest";
import type { PrismaClient, Tx } from "./index";

/** A stand-in client whose interactive transaction calls back with a fresh tx object. */
function fakeClient() {
  return {
    $transaction: async (fn: (tx: object) => Promise<unknown>) => fn({}),
  } as unknown as PrismaClient;
}

describe("afterTransaction", () => {
  it("runs hooks after commit and after rollback, and a failing hook hides nothing", async () => {
    const { afterTransaction, trackTransactions } = await import("./transaction-hooks");
    const db = trackTransactions(fakeClient());
    const seen: boolean[] = [];
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(
      await db.$transaction(async (tx) => {
        afterTransaction(tx, () => {
          throw new Error("hook gagal");
        });
        afterTransaction(tx, ({ committed }) => void seen.push(committed));
        return 7;
      }),
    ).toBe(7);
    await expect(
      db.$transaction(async (tx) => {
        afterTransaction(tx, ({ committed }) => void seen.push(committed));
        throw new Error("ditolak");
      }),
    ).rejects.toThrow("ditolak");
    expect(seen).toEqual([true, false]);
    error.mockRestore();
  });

  it("is shared by every copy of the module in the process (the start script's and Next.js's)", async () => {
    const first = await import("./transaction-hooks");
    vi.resetModules();
    const second = await import("./transaction-hooks");
    expect(second).not.toBe(first);
    const db = first.trackTransactions(fakeClient());
    let registered = false;
    let ran = false;
    await db.$transaction(async (tx) => {
      registered = second.afterTransaction(tx, () => void (ran = true));
    });
    expect({ registered, ran }).toEqual({ registered: true, ran: true });
  });

  it("says so when the transaction is not tracked", async () => {
    const { afterTransaction } = await import("./transaction-hooks");
    expect(afterTransaction({} as Tx, () => {})).toBe(false);
  });
});
