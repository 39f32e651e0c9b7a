import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { defineConfig } from "prisma/config";

// The Prisma CLI runs with its WASM schema engine against an in-memory PGlite: it is only
// used to generate the client and to diff the schema against the migration history
// (see src/cli/new-migration.ts). Migrations are applied by the app itself (src/lib/migrate.ts).
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "../../prisma/schema.prisma",
  migrations: { path: "../../prisma/migrations" },
  async adapter() {
    return new PrismaPGlite(new PGlite());
  },
});
