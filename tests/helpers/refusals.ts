// A refused call changes nothing: the pattern of every "wrong role / another agency" test.
import { expect } from "vitest";

/** The call is refused with `message`, and `state()` (what a refusal must leave alone) reads the same afterwards. */
export async function expectRefusedUnchanged(call: () => Promise<unknown>, message: RegExp, state: () => Promise<unknown>): Promise<void> {
  const before = await state();
  await expect(call()).rejects.toThrow(message);
  expect(await state()).toEqual(before);
}
