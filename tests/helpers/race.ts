// Two (or more) writers at once, the pattern of tests/integration/concurrency: on PostgreSQL the
// calls run truly in parallel on the pool's connections, on PGlite they queue on its one connection.
import { expectedFailure, type FailureReason } from "../../lib/errors";

/** All calls at once; the indexes that succeeded and the refusals of the others as the user sees them. */
export async function race(calls: (() => Promise<unknown>)[]): Promise<{ winners: number[]; refusals: FailureReason[] }> {
  const results = await Promise.allSettled(calls.map((call) => call()));
  const winners = results.flatMap((r, i) => (r.status === "fulfilled" ? [i] : []));
  const refusals = results.flatMap((r) => {
    if (r.status === "fulfilled") return [];
    const failure = expectedFailure(r.reason);
    if (!failure || failure.ok) throw r.reason; // a bug, not a refusal
    return [failure.reason];
  });
  return { winners, refusals };
}
