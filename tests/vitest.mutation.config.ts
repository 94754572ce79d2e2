// The unit tests that guard the authorization, record and workflow rules, for `npm run test:mutation` (Stryker): pure,
// no database, so each mutant is judged in a moment.
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname, "..");

export default defineConfig({
  root,
  resolve: { alias: { "@": root } },
  test: {
    include: ["lib/auth/**/*.test.ts", "lib/workflow/**/*.test.ts", "lib/objectives/rules*.test.ts"],
    environment: "node",
  },
});
