import { describe, expect, it } from "vitest";
import { buildSdlSchema } from "./schema.ts";

// Planners and integrators read the schema: every type, field, argument and enum value says
// what it means. (Duck typing instead of graphql's isXType: Vitest may load graphql twice.)
describe("the printed GraphQL schema", () => {
  it("documents every type, field, argument and enum value", () => {
    const schema = buildSdlSchema();
    const undocumented: string[] = [];
    const builtIn = new Set(["String", "Int", "Float", "Boolean", "ID"]);
    const roots = new Set(["Query", "Mutation"]);
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__") || builtIn.has(type.name)) continue;
      if (!roots.has(type.name) && !type.description) undocumented.push(type.name);
      if ("getFields" in type) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
          for (const arg of "args" in field ? field.args : []) {
            if (!arg.description && !["first", "after"].includes(arg.name)) {
              undocumented.push(`${type.name}.${field.name}(${arg.name})`);
            }
          }
        }
      }
      if ("getValues" in type) {
        for (const value of type.getValues()) {
          if (!value.description) undocumented.push(`${type.name}.${value.name}`);
        }
      }
    }
    expect(undocumented).toEqual([]);
  });
});
