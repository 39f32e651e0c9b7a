// Assembles the GraphQL schema from the modules; defines nothing itself.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { makeExecutableSchema } from "@graphql-tools/schema";
import {
  type GraphQLFieldResolver,
  GraphQLScalarType,
  type GraphQLSchema,
  lexicographicSortSchema,
  printSchema,
} from "graphql";
import type { Context } from "./context.ts";
import type { Resolvers } from "./generated/graphql.ts";
import { type Args, authorize, fieldResolver, guard } from "./lib/authz.ts";
import { accountResolvers } from "./modules/account/account.resolvers.ts";
import { areaResolvers } from "./modules/area/area.resolvers.ts";
import { auditResolvers } from "./modules/audit/audit.resolvers.ts";
import { baseResolvers } from "./modules/base.resolvers.ts";
import { conferenceResolvers } from "./modules/conference/conference.resolvers.ts";
import { gapAnalysisResolvers } from "./modules/gap-analysis/gap-analysis.resolvers.ts";
import { indicatorResolvers } from "./modules/indicator/indicator.resolvers.ts";
import { measureResolvers } from "./modules/measure/measure.resolvers.ts";
import { offerResolvers } from "./modules/offer/offer.resolvers.ts";
import { offerExchangeResolvers } from "./modules/offer/offer-exchange.resolvers.ts";
import { organisationResolvers } from "./modules/organisation/organisation.resolvers.ts";
import { programmeResolvers } from "./modules/programme/programme.resolvers.ts";
import { socialIndexResolvers } from "./modules/social-index/social-index.resolvers.ts";
import { policies } from "./policies.ts";

const srcDir = fileURLToPath(new URL(".", import.meta.url));

/** SDL of every module: src/schema.base.graphql plus src/modules/<domain>/<domain>.graphql. */
export function loadTypeDefs(): string[] {
  const modulesDir = join(srcDir, "modules");
  const moduleFiles = readdirSync(modulesDir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".graphql"))
    .sort();
  return [
    readFileSync(join(srcDir, "schema.base.graphql"), "utf8"),
    ...moduleFiles.map((file) => readFileSync(join(modulesDir, file), "utf8")),
  ];
}

const resolvers: Resolvers[] = [
  baseResolvers,
  accountResolvers,
  areaResolvers,
  auditResolvers,
  indicatorResolvers,
  organisationResolvers,
  offerResolvers,
  offerExchangeResolvers,
  programmeResolvers,
  measureResolvers,
  conferenceResolvers,
  socialIndexResolvers,
  gapAnalysisResolvers,
];

type FieldResolvers = Record<string, GraphQLFieldResolver<unknown, Context, Args>>;

/**
 * The executable schema: the modules' resolvers, with every root field and every protected
 * type field wrapped by its rule from policies.ts.
 */
export function buildSchema(): GraphQLSchema {
  const typeDefs = loadTypeDefs();
  const sdl = makeExecutableSchema({ typeDefs });
  const rootFields = {
    Query: Object.keys(sdl.getQueryType()?.getFields() ?? {}),
    Mutation: Object.keys(sdl.getMutationType()?.getFields() ?? {}),
  };
  const roots: Record<"Query" | "Mutation", FieldResolvers> = { Query: {}, Mutation: {} };
  const typeResolvers: Record<string, Record<string, unknown>> = {};
  for (const moduleResolvers of resolvers) {
    for (const [typeName, fields] of Object.entries(moduleResolvers)) {
      if (typeName === "Query" || typeName === "Mutation") Object.assign(roots[typeName], fields);
      else if (fields instanceof GraphQLScalarType)
        typeResolvers[typeName] = fields as unknown as Record<string, unknown>;
      else typeResolvers[typeName] = { ...typeResolvers[typeName], ...(fields as Record<string, unknown>) };
    }
  }
  for (const [path, rule] of Object.entries(policies.fields)) {
    const [typeName = "", field = ""] = path.split(".");
    const type = sdl.getType(typeName);
    if (!type || !("getFields" in type) || !(field in type.getFields())) {
      throw new Error(`policies.ts has a field rule for unknown ${path}`);
    }
    typeResolvers[typeName] = {
      ...typeResolvers[typeName],
      [field]: guard(rule, fieldResolver(typeResolvers[typeName], field)),
    };
  }
  const guardedRoots = authorize(roots, rootFields, policies);
  return makeExecutableSchema({
    typeDefs,
    resolvers: { ...typeResolvers, ...guardedRoots } as Parameters<typeof makeExecutableSchema>[0]["resolvers"],
  });
}

/** The schema from SDL alone, without resolvers: what `schema.graphql` prints. */
export function buildSdlSchema(): GraphQLSchema {
  return makeExecutableSchema({ typeDefs: loadTypeDefs() });
}

/** The schema as SDL, sorted so that moving code between modules does not change it. */
export function printSchemaSdl(): string {
  return `${printSchema(lexicographicSortSchema(buildSdlSchema()))}\n`;
}
