import { defineConfig } from "vitest/config";
import { SummaryReporter } from "./scripts/summary-reporter.ts";

// One run, several projects: pure domain maths, API operations against PGlite (and against
// a PostgreSQL server when TEST_DATABASE_URL is set), web components in jsdom with MSW, and
// end-to-end flows in real Chromium.
const apiProject = (name: string, env: Record<string, string>) => ({
  extends: true as const,
  test: {
    name,
    include: ["apps/api/src/**/*.test.ts"],
    environment: "node",
    env,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    reporters: ["default", new SummaryReporter()],
    env: { TZ: "UTC", NODE_ENV: "test" },
    projects: [
      { extends: true, test: { name: "domain", include: ["packages/domain/src/**/*.test.ts"], environment: "node" } },
      apiProject("api-pglite", { TEST_DB: "pglite" }),
      ...(process.env.TEST_DATABASE_URL ? [apiProject("api-postgres", { TEST_DB: "postgres" })] : []),
      {
        extends: true,
        test: {
          name: "web",
          include: ["apps/web/src/**/*.test.{ts,tsx}"],
          environment: "jsdom",
          setupFiles: ["apps/web/src/test/setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["e2e/**/*.test.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
