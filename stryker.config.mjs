// npm run test:mutation: mutation testing of the authorization rules (not part of npm test).
// Stryker changes the code (`some` to `every`, a role list emptied, a condition flipped...) and
// runs the unit tests against each change; a change no test notices is a surviving mutant.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "tests/vitest.mutation.config.ts", related: false },
  plugins: ["@stryker-mutator/vitest-runner"],
  mutate: [
    "lib/auth/permissions.ts", "lib/auth/password-policy.ts", "lib/auth/scope.ts", "lib/auth/record-rules.ts",
    "lib/workflow/allowed.ts", "lib/workflow/approval.ts", "lib/workflow/schema.ts", "lib/objectives/rules.ts",
  ],
  coverageAnalysis: "perTest",
  concurrency: 2,
  reporters: ["clear-text", "progress", "html"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  thresholds: { high: 90, low: 85, break: 85 },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
