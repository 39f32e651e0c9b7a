import { fileURLToPath } from "node:url";

export { printSchemaSdl } from "../apps/api/src/schema.ts";
export const apiSchemaPath = fileURLToPath(new URL("../apps/api/schema.graphql", import.meta.url));
