// Stand-in for the "server-only" marker package under vitest (see tests/vitest.config.ts).
export {};
