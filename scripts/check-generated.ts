// Fails when a generated artefact does not match its source: the printed GraphQL schema, the
// operation/resolver types generated from it, the Prisma client, and the migration history
// (a schema change without a migration). `pnpm generate` and `pnpm db:migration:new` fix them.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { generate } from "@graphql-codegen/cli";
import { diffMigrationsAgainstSchema } from "../apps/api/src/cli/prisma-cli.ts";
import codegenConfig from "../codegen.ts";
import { apiSchemaPath, printSchemaSdl } from "./generated-files.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const problems: string[] = [];
const read = (path: string) => {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
};

if (read(apiSchemaPath) !== printSchemaSdl()) {
  problems.push("apps/api/schema.graphql differs from the module SDL: run `pnpm generate`");
}

const outputs = await generate({ ...codegenConfig, cwd: root, silent: true }, false);
for (const output of outputs) {
  if (read(output.filename) !== output.content) {
    problems.push(`${output.filename.replace(root, "")} is out of date: run \`pnpm generate\``);
  }
}

const prismaSchema = read(`${root}prisma/schema.prisma`);
const clientClass = read(`${root}apps/api/src/generated/prisma/internal/class.ts`);
const inlineSchema = /"inlineSchema": ("(?:[^"\\]|\\.)*")/.exec(clientClass)?.[1];
if (!inlineSchema || JSON.parse(inlineSchema) !== prismaSchema) {
  problems.push("the Prisma client was generated from another schema: run `pnpm generate`");
}

const pendingSql = diffMigrationsAgainstSchema().trim();
if (pendingSql && !/^-- This is an empty migration\.$/.test(pendingSql)) {
  problems.push("prisma/schema.prisma has changes without a migration: run `pnpm db:migration:new <name>`");
}

if (problems.length > 0) {
  for (const problem of problems) console.error(`✗ ${problem}`);
  process.exit(1);
}
console.log(
  `✓ generated code is up to date (schema.graphql, ${outputs.length} codegen outputs, Prisma client, migrations)`,
);
