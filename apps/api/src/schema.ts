// Assembles the GraphQL schema from the modules; defines nothing itself.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { makeExecutableSchema } from "@graphql-tools/schema";
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import type { Resolvers } from "./generated/graphql.ts";
import { accountResolvers } from "./modules/account/account.resolvers.ts";
import { areaResolvers } from "./modules/area/area.resolvers.ts";
import { auditResolvers } from "./modules/audit/audit.resolvers.ts";
import { baseResolvers } from "./modules/base.resolvers.ts";
import { conferenceResolvers } from "./modules/conference/conference.resolvers.ts";
import { indicatorResolvers } from "./modules/indicator/indicator.resolvers.ts";
import { measureResolvers } from "./modules/measure/measure.resolvers.ts";
import { offerResolvers } from "./modules/offer/offer.resolvers.ts";
import { organisationResolvers } from "./modules/organisation/organisation.resolvers.ts";
import { programmeResolvers } from "./modules/programme/programme.resolvers.ts";

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
  programmeResolvers,
  measureResolvers,
  conferenceResolvers,
];

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers });
}

/** The schema from SDL alone, without resolvers: what `schema.graphql` prints. */
export function buildSdlSchema(): GraphQLSchema {
  return makeExecutableSchema({ typeDefs: loadTypeDefs() });
}

/** The schema as SDL, sorted so that moving code between modules does not change it. */
export function printSchemaSdl(): string {
  return `${printSchema(lexicographicSortSchema(buildSdlSchema()))}\n`;
}
