// Configuration for the Prisma 6 CLI (package alias "prisma6"), used only to compute schema
// diffs offline: its schema engine is compiled to WebAssembly, and the "shadow database" it
// replays migrations into is an in-memory PGlite. See scripts/lib/schema-diff.ts.
import { defineConfig } from "prisma6/config";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";

type Adapter = Awaited<ReturnType<PrismaPGlite["connect"]>>;

// Prisma 6's engine sends a whole migration file through executeRaw; PGlite runs a multi-statement
// script only through exec(), so parameterless raw statements are routed there.
function runScriptsWithExec(db: PGlite, adapter: Adapter): Adapter {
  return new Proxy(adapter, {
    get(target, prop, receiver) {
      if (prop === "executeRaw") {
        return async (query: { sql: string; args?: unknown[] }) => {
          if (query.args && query.args.length > 0) return target.executeRaw(query as never);
          await db.exec(query.sql);
          return 0;
        };
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

async function inMemoryAdapter(): Promise<Adapter> {
  const db = new PGlite();
  return runScriptsWithExec(db, await new PrismaPGlite(db).connect());
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  engine: "js",
  experimental: { adapter: true },
  adapter: async () => ({
    provider: "postgres",
    adapterName: "pglite-shadow",
    connect: inMemoryAdapter,
    connectToShadowDb: inMemoryAdapter,
  }),
} as never);
