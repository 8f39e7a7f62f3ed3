import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    environment: "node",
    globals: false,
    testTimeout: 30_000,
    setupFiles: ["tests/setup/fast-check.ts"],
    // Property tests and fixture workbooks are CPU-bound; two cores on CI machines.
    pool: "forks",
  },
});
