// Prints the assembled GraphQL schema to apps/api/schema.graphql, the contract that the web
// app generates its types from. `pnpm generate` runs it; `pnpm check:generated` compares it.
import { writeFileSync } from "node:fs";
import { apiSchemaPath, printSchemaSdl } from "./generated-files.ts";

writeFileSync(apiSchemaPath, printSchemaSdl());
console.log(`Wrote ${apiSchemaPath}`);
