// Thin wrapper around the Prisma CLI for the two things it is used for here: generating the
// client and diffing the schema against the migration history (both on in-memory PGlite).
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const apiDir = fileURLToPath(new URL("../..", import.meta.url));
export const migrationsDir = fileURLToPath(new URL("../../../../prisma/migrations", import.meta.url));
const schemaPath = fileURLToPath(new URL("../../../../prisma/schema.prisma", import.meta.url));

function hasMigrations(): boolean {
  return existsSync(migrationsDir) && readdirSync(migrationsDir).some((entry) => /^\d{14}_/.test(entry));
}

/** SQL that takes the committed migrations to the current schema ("" or a comment when none). */
export function diffMigrationsAgainstSchema(): string {
  const from = hasMigrations() ? ["--from-migrations", migrationsDir] : ["--from-empty"];
  return execFileSync(
    "pnpm",
    ["exec", "prisma", "migrate", "diff", ...from, "--to-schema-datamodel", schemaPath, "--script"],
    { cwd: apiDir, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
}
