// Work that must follow a transaction's outcome, e.g. deleting a file written during a
// transaction that rolled back (lib/attachments). Every client lib/db opens runs its interactive
// transactions through `trackTransactions`, so code that only holds the `tx` can register a hook.
import type { PrismaClient, Tx } from "./index";

export interface TransactionOutcome {
  committed: boolean;
  /** The client the transaction ran on, for work after it ended. */
  db: PrismaClient;
}

type Hook = (outcome: TransactionOutcome) => Promise<void> | void;

// On globalThis: the start script (tsx) opens the client and wraps it, while the Next.js bundles
// load their own copy of this module to register hooks; both must see the same map.
const HOOKS = Symbol.for("portal-mutu.transaction-hooks");
const hooks = ((globalThis as Record<symbol, unknown>)[HOOKS] ??= new WeakMap<object, Hook[]>()) as WeakMap<object, Hook[]>;

/**
 * Runs `hook` once the transaction of `tx` has committed or rolled back, before the caller's
 * `$transaction` returns or throws. False when `tx` is not a tracked transaction (the hook is not
 * registered).
 */
export function afterTransaction(tx: Tx, hook: Hook): boolean {
  const list = hooks.get(tx);
  if (!list) return false;
  list.push(hook);
  return true;
}

async function settle(tx: object | undefined, outcome: TransactionOutcome): Promise<void> {
  const list = tx ? hooks.get(tx) : undefined;
  if (!tx || !list) return;
  hooks.delete(tx);
  for (const hook of list) {
    try {
      await hook(outcome);
    } catch (error) {
      // A hook never hides the transaction's own result or error.
      console.error("Pekerjaan setelah transaksi gagal:", error);
    }
  }
}

const TRACKED = Symbol.for("portal-mutu.tracked-transactions");

/** Wraps the client's interactive `$transaction` so that `afterTransaction` hooks run. */
export function trackTransactions(prisma: PrismaClient): PrismaClient {
  const holder = prisma as unknown as Record<symbol, boolean>;
  if (holder[TRACKED]) return prisma;
  holder[TRACKED] = true;
  const unbound = prisma.$transaction as (this: unknown, arg: unknown, options?: unknown) => Promise<unknown>;
  // Called on the client it was read from: a client made by `$extends` keeps its extensions inside
  // the transaction (its `$transaction` falls through to this property with itself as `this`).
  const wrapped = function (this: unknown, arg: unknown, options?: unknown) {
    const self = this && typeof this === "object" ? this : prisma;
    const original = (a: unknown, o?: unknown) => unbound.call(self, a, o);
    if (typeof arg !== "function") return original(arg, options);
    let current: object | undefined;
    return original((tx: object) => {
      current = tx;
      hooks.set(tx, []);
      return (arg as (tx: object) => unknown)(tx);
    }, options).then(
      async (value) => {
        await settle(current, { committed: true, db: prisma });
        return value;
      },
      async (error: unknown) => {
        await settle(current, { committed: false, db: prisma });
        throw error;
      },
    );
  };
  (prisma as unknown as { $transaction: unknown }).$transaction = wrapped;
  return prisma;
}
