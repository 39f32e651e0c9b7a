import type { CodegenConfig } from "@graphql-codegen/cli";

// Both sides generate from the committed, printed schema (apps/api/schema.graphql).
const config: CodegenConfig = {
  schema: "apps/api/schema.graphql",
  overwrite: true,
  generates: {
    "apps/api/src/generated/graphql.ts": {
      plugins: ["typescript", "typescript-resolvers"],
      config: {
        useTypeImports: true,
        contextType: "../context.ts#Context",
        mappers: {
          Area: "./prisma/client.ts#Area as AreaRow",
          ChangeLogEntry: "./prisma/client.ts#ChangeLog as ChangeLogRow",
        },
        scalars: {
          GeoJSONGeometry: "@sozialatlas/domain/area#AreaGeometry",
          Date: { input: "string", output: "Date | string" },
          DateTime: { input: "string", output: "Date | string" },
          JSON: "unknown",
        },
        enumsAsTypes: true,
        strictScalars: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
    "apps/web/src/generated/graphql.ts": {
      documents: ["apps/web/src/**/*.graphql"],
      // typescript-operations 6 emits the enums it uses itself; adding "typescript" duplicates them.
      plugins: ["typescript-operations", "typed-document-node"],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { GeoJSONGeometry: "@sozialatlas/domain/area#AreaGeometry", Date: "string", DateTime: "string", JSON: "unknown" },
      },
    },
  },
};

export default config;
