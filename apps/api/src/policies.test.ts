import type { GraphQLArgument, GraphQLField, GraphQLInputType, GraphQLNamedType, GraphQLType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "./modules/account/account.service.ts";
import { buildSdlSchema } from "./schema.ts";
import { graphqlClient } from "./test/graphql.ts";
import { createTestDatabase, type TestDatabase } from "./test/test-database.ts";

// The permission matrix, written independently of policies.ts: for every root field, who
// must get through authorization. A new query or mutation without a line here fails.
type Who = "public" | "viewer" | "providerOwn" | "providerOther" | "planner" | "admin";
const everybody: Who[] = ["public", "viewer", "providerOwn", "providerOther", "planner", "admin"];
const signedIn: Who[] = ["viewer", "providerOwn", "providerOther", "planner", "admin"];
const council: Who[] = ["viewer", "planner", "admin"];
const planning: Who[] = ["planner", "admin"];
const adminOnly: Who[] = ["admin"];
const offerEditors: Who[] = ["providerOwn", "planner", "admin"];

const names = (list: string) => list.split(/\s+/).filter(Boolean);
const expectedQuery: Record<string, Who[]> = {
  ...Object.fromEntries(
    names(`apiVersion me areas area areaAt areaLevels indicators indicator indicatorByKey observations observation
      aggregatedValues similarAreas offers offer organisations organisation findingCategories`).map((name) => [
      name,
      everybody,
    ]),
  ),
  ...Object.fromEntries(
    names(`cooperationAgreements cooperationAgreement programmes programme measureCatalogues measureCatalogue
      catalogueVersion goal goals goalTarget conferences conference`).map((name) => [name, council]),
  ),
  ...Object.fromEntries(
    names(`indexDefinitions indexDefinition indexDefinitionByKey indexRuns indexRun indexClassChanges`).map((name) => [
      name,
      everybody,
    ]),
  ),
  changeLog: planning,
  changes: planning,
  organisationChangeProposals: planning,
  users: adminOnly,
  user: adminOnly,
  offerExport: offerEditors,
  gapAnalysis: planning,
};
const expectedMutation: Record<string, Who[]> = {
  apiVersion: everybody,
  signIn: everybody,
  signOut: everybody,
  redeemAccountLink: everybody,
  changePassword: signedIn,
  proposeOrganisationChange: offerEditors,
  importOffers: offerEditors,
  acceptOrganisationChangeProposal: planning,
  rejectOrganisationChangeProposal: planning,
  ...Object.fromEntries(names("createUser updateUser issueInvitation issuePasswordReset").map((n) => [n, adminOnly])),
  ...Object.fromEntries(
    names("createOffer updateOffer archiveOffer restoreOffer submitOffer").map((n) => [n, offerEditors]),
  ),
  ...Object.fromEntries(
    names("createIndexDefinition updateIndexDefinition archiveIndexDefinition restoreIndexDefinition runIndex").map(
      (n) => [n, planning],
    ),
  ),
  ...Object.fromEntries(
    names(`verifyOffer publishOffer returnOffer createOrganisation updateOrganisation archiveOrganisation restoreOrganisation
      createCooperationAgreement updateCooperationAgreement archiveCooperationAgreement restoreCooperationAgreement
      createIndicator updateIndicator archiveIndicator restoreIndicator createObservation updateObservation
      archiveObservation restoreObservation upsertObservations createProgramme updateProgramme archiveProgramme
      restoreProgramme createMeasureCatalogue updateMeasureCatalogue archiveMeasureCatalogue restoreMeasureCatalogue
      createDraftVersion adoptVersion updateVersion createGoal updateGoal moveGoal archiveGoal restoreGoal
      createGoalTarget updateGoalTarget archiveGoalTarget restoreGoalTarget recordActual recordActuals archiveActual
      restoreActual createConference updateConference archiveConference restoreConference setRecommendationStatus`).map(
      (name) => [name, planning],
    ),
  ),
};

// Fields of public types that lead to internal data, and who may follow them.
const expectedFieldRules: Record<string, Who[]> = {
  "Area.programmes": council,
  "Area.conferenceFindings": council,
  "Organisation.cooperationAgreements": council,
  "Organisation.contacts": signedIn,
};
// Types that hold internal or personal data: no unguarded path from a public field may reach them.
const internalTypes = new Set(
  names(`Programme ProgrammeBudgetLine ProgrammeResult ProgrammePartner Conference ConferenceFinding
    ConferenceRecommendation ConferenceWorkingGroup MeasureCatalogue CatalogueVersion Goal GoalTarget TargetActual
    CooperationAgreement CooperationPartner CooperationProject OrganisationContact User ChangeLogEntry`),
);

const schema = buildSdlSchema();

// graphql's own type guards fail when Vitest loads the package twice; unwrap by hand.
function getNamedType(type: GraphQLType): GraphQLNamedType {
  return "ofType" in type ? getNamedType(type.ofType as GraphQLType) : type;
}

const placeholderId = "00000000-0000-4000-8000-000000000000";

/** A value of the right type for every required argument/field; enough to pass GraphQL validation. */
function sample(type: GraphQLInputType, overrides: Record<string, unknown>, name: string): unknown {
  if (name in overrides) return overrides[name];
  if ("ofType" in type && type.constructor.name === "GraphQLNonNull") return sample(type.ofType, overrides, name);
  if ("ofType" in type) return [sample(type.ofType as GraphQLInputType, overrides, name)];
  const named = type as GraphQLNamedType;
  if ("getValues" in named) return named.getValues()[0]?.value;
  if ("getFields" in named) {
    const fields = Object.values(named.getFields()).filter(
      (f) => (String(f.type).endsWith("!") && f.defaultValue === undefined) || f.name in overrides,
    );
    return Object.fromEntries(fields.map((f) => [f.name, sample(f.type, overrides, f.name)]));
  }
  const scalars: Record<string, unknown> = {
    ID: placeholderId,
    String: "x",
    Int: 1,
    Float: 1,
    Boolean: false,
    Date: "2020-01-01",
    DateTime: "2020-01-01T00:00:00.000Z",
    JSON: {},
  };
  return scalars[named.name] ?? null;
}

function operationFor(
  root: "query" | "mutation",
  field: GraphQLField<unknown, unknown>,
  overrides: Record<string, unknown>,
) {
  const required = field.args.filter((arg: GraphQLArgument) => String(arg.type).endsWith("!"));
  const variables = Object.fromEntries(required.map((arg) => [arg.name, sample(arg.type, overrides, arg.name)]));
  const declarations = required.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(", ");
  const passing = required.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
  const selection = "getFields" in getNamedType(field.type) ? " { __typename }" : "";
  const text = `${root}${declarations ? `(${declarations})` : ""} { ${field.name}${passing ? `(${passing})` : ""}${selection} }`;
  return { text, variables };
}

describe("authorization matrix", () => {
  let db: TestDatabase;
  let client: ReturnType<typeof graphqlClient>;
  const viewers = {} as Record<Who, Viewer | null>;
  const scenario = {} as Record<Who, Record<string, unknown>>;

  beforeAll(async () => {
    db = await createTestDatabase();
    client = graphqlClient(db);
    const own = await db.prisma.organisation.create({ data: { name: "Eigener Träger", type: "FREIER_TRAEGER" } });
    const other = await db.prisma.organisation.create({ data: { name: "Anderer Träger", type: "FREIER_TRAEGER" } });
    const offer = (organisationId: string) =>
      db.prisma.offer.create({ data: { organisationId, name: "Beratung", description: "x", cost: "FREE" } });
    const [ownOffer, otherOffer] = await Promise.all([offer(own.id), offer(other.id)]);
    const viewer = (role: Viewer["role"], organisationIds: string[] = []): Viewer => ({
      id: `${role.toLowerCase()}-${organisationIds.length}`,
      email: `${role.toLowerCase()}@example.org`,
      name: role,
      role,
      organisationIds,
    });
    Object.assign(viewers, {
      public: null,
      viewer: viewer("VIEWER"),
      providerOwn: viewer("PROVIDER", [own.id]),
      providerOther: viewer("PROVIDER", [own.id]),
      planner: viewer("PLANNER"),
      admin: viewer("ADMIN"),
    });
    // Providers act on their own organisation's offer — or try another organisation's.
    const ownTargets = { id: ownOffer.id, organisationId: own.id };
    const otherTargets = { id: otherOffer.id, organisationId: other.id };
    for (const who of everybody) scenario[who] = who === "providerOther" ? otherTargets : ownTargets;
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  it("leaves no unguarded path from a public query to internal or personal data", () => {
    const leaks: string[] = [];
    const seen = new Set<string>();
    const queue: Array<{ type: GraphQLNamedType; path: string }> = [];
    for (const [name, allowed] of Object.entries(expectedQuery)) {
      const field = schema.getQueryType()?.getFields()[name];
      // `me` is the viewer's own account (null for the public), not somebody else's data.
      if (field && allowed.includes("public") && name !== "me") {
        queue.push({ type: getNamedType(field.type), path: name });
      }
    }
    while (queue.length > 0) {
      const { type, path } = queue.shift() as { type: GraphQLNamedType; path: string };
      if (internalTypes.has(type.name)) leaks.push(`${path} → ${type.name}`);
      if (seen.has(type.name) || !("getInterfaces" in type)) continue;
      seen.add(type.name);
      for (const field of Object.values(type.getFields())) {
        if (`${type.name}.${field.name}` in expectedFieldRules) continue;
        queue.push({ type: getNamedType(field.type), path: `${path}.${field.name}` });
      }
    }
    expect(leaks).toEqual([]);
  });

  it("lets exactly the expected roles follow the guarded fields", async () => {
    const area = await db.prisma.area.create({ data: { code: "99", name: "Testbezirk", level: "BEZIRK" } });
    const organisation = await db.prisma.organisation.findFirstOrThrow({ where: { name: "Eigener Träger" } });
    const mismatches: string[] = [];
    for (const [path, allowed] of Object.entries(expectedFieldRules)) {
      const [typeName, field] = path.split(".");
      const query =
        typeName === "Area"
          ? `{ area(code: "${area.code}") { ${field} { __typename } } }`
          : `{ organisation(id: "${organisation.id}") { ${field} { __typename } } }`;
      for (const who of everybody) {
        const result = await client.execute(query, {}, { viewer: viewers[who] });
        const denied = (result.errors ?? []).some((error) => error.extensions?.deniedBy === "authorization");
        if (denied === allowed.includes(who)) mismatches.push(`${path} as ${who}: ${denied ? "denied" : "allowed"}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("never shows a provider another organisation's archived offers, by id, filter or nested path", async () => {
    const [own, other] = await Promise.all(
      ["Eigener Träger", "Anderer Träger"].map((name) => db.prisma.organisation.findFirstOrThrow({ where: { name } })),
    );
    const archived = await db.prisma.offer.create({
      data: { organisationId: other?.id ?? "", name: "Alt", description: "x", cost: "FREE", archivedAt: new Date() },
    });
    const provider = viewers.providerOwn;
    const byId = await client.execute(
      `query($id: ID!) { offer(id: $id) { name } }`,
      { id: archived.id },
      { viewer: provider },
    );
    expect(byId.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const byFilter = await client.execute(
      `query($org: ID) { offers(filter: { organisationId: $org, includeArchived: true }) { totalCount } }`,
      { org: other?.id },
      { viewer: provider },
    );
    expect(byFilter.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const ownFilter = await client.execute(
      `query($org: ID) { offers(filter: { organisationId: $org, includeArchived: true }) { totalCount } }`,
      { org: own?.id },
      { viewer: provider },
    );
    expect(ownFilter.errors).toBeUndefined();
    const nested = await client.execute<{ organisation: { offers: Array<{ name: string }> } }>(
      `query($org: ID!) { organisation(id: $org) { offers { name } } }`,
      { org: other?.id },
      { viewer: provider },
    );
    expect(nested.data?.organisation.offers.map((o) => o.name)).not.toContain("Alt");
    const asPlanner = await client.execute(`query($id: ID!) { offer(id: $id) { name } }`, { id: archived.id });
    expect(asPlanner.data).toEqual({ offer: { name: "Alt" } });
  });

  it("has an expectation for every query and mutation, and none for fields that do not exist", () => {
    const queries = Object.keys(schema.getQueryType()?.getFields() ?? {}).sort();
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();
    expect(Object.keys(expectedQuery).sort()).toEqual(queries);
    expect(Object.keys(expectedMutation).sort()).toEqual(mutations);
  });

  for (const [root, expected] of [
    ["query", expectedQuery],
    ["mutation", expectedMutation],
  ] as const) {
    it(`lets exactly the expected roles through every ${root}`, async () => {
      const type = root === "query" ? schema.getQueryType() : schema.getMutationType();
      const mismatches: string[] = [];
      for (const [fieldName, allowed] of Object.entries(expected)) {
        const field = type?.getFields()[fieldName];
        if (!field) continue;
        for (const who of everybody) {
          const { text, variables } = operationFor(root, field, scenario[who] ?? {});
          const result = await client.execute(text, variables, { viewer: viewers[who] });
          const denied = (result.errors ?? []).some((error) => error.extensions?.deniedBy === "authorization");
          const validation = (result.errors ?? []).find(
            (error) => error.extensions?.code === "GRAPHQL_VALIDATION_FAILED",
          );
          if (validation) mismatches.push(`${fieldName}: test operation invalid: ${validation.message}`);
          else if (denied === allowed.includes(who)) {
            mismatches.push(`${fieldName} as ${who}: ${denied ? "denied" : "allowed"}, expected the opposite`);
          }
        }
      }
      expect(mismatches).toEqual([]);
    });
  }
});
