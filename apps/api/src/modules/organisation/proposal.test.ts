import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, graphqlClient } from "../../test/graphql.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import type { Viewer } from "../account/account.service.ts";

describe("proposals of organisation master data", () => {
  let db: TestDatabase;
  let client: ReturnType<typeof graphqlClient>;
  let organisationId: string;
  let provider: Viewer;
  const propose = `mutation($id: ID!, $input: OrganisationInput!, $comment: String) {
    proposeOrganisationChange(organisationId: $id, input: $input, comment: $comment) { id status proposedBy } }`;
  const input = {
    name: "Tafel Kiez e. V.",
    type: "FREIER_TRAEGER",
    address: "Neue Straße 1, 12043 Berlin",
    email: "kontakt@tafel-kiez.example.org",
    contacts: [{ name: "Petra Pfeiffer", role: "Koordination" }],
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    client = graphqlClient(db);
    const organisation = await db.prisma.organisation.create({
      data: { name: "Tafel Kiez e. V.", type: "FREIER_TRAEGER", address: "Alte Straße 9, 12043 Berlin" },
    });
    organisationId = organisation.id;
    provider = {
      id: "provider-1",
      email: "p@example.org",
      name: "P",
      role: "PROVIDER",
      organisationIds: [organisationId],
    };
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  it("lets a provider propose but not apply; a planner accepts and the organisation changes", async () => {
    const proposed = await client.execute<{
      proposeOrganisationChange: { id: string; status: string; proposedBy: string };
    }>(propose, { id: organisationId, input, comment: "Wir sind umgezogen." }, { viewer: provider });
    expect(proposed.data?.proposeOrganisationChange).toMatchObject({ status: "PENDING", proposedBy: "provider-1" });
    // Nothing is published yet.
    expect((await db.prisma.organisation.findUniqueOrThrow({ where: { id: organisationId } })).address).toBe(
      "Alte Straße 9, 12043 Berlin",
    );
    const id = proposed.data?.proposeOrganisationChange.id;
    const denied = await client.execute(
      `mutation($id: ID!) { acceptOrganisationChangeProposal(id: $id) { id } }`,
      { id },
      { viewer: provider },
    );
    expect(errorCodes(denied)).toEqual(["FORBIDDEN"]);

    const accepted = await client.execute<{
      acceptOrganisationChangeProposal: { status: string; organisation: { address: string } };
    }>(`mutation($id: ID!) { acceptOrganisationChangeProposal(id: $id) { status organisation { address } } }`, { id });
    expect(accepted.data?.acceptOrganisationChangeProposal).toEqual({
      status: "ACCEPTED",
      organisation: { address: "Neue Straße 1, 12043 Berlin" },
    });
    const again = await client.execute(`mutation($id: ID!) { acceptOrganisationChangeProposal(id: $id) { id } }`, {
      id,
    });
    expect(errorCodes(again)).toEqual(["CONFLICT"]);
  });

  it("validates a proposal like an update, and a rejection needs a reason", async () => {
    const invalid = await client.execute(
      propose,
      { id: organisationId, input: { ...input, name: "" } },
      { viewer: provider },
    );
    expect(invalid.errors?.[0]?.extensions?.fieldErrors).toEqual([{ field: "name", message: "is required" }]);
    const ok = await client.execute<{ proposeOrganisationChange: { id: string } }>(
      propose,
      { id: organisationId, input: { ...input, name: "Tafel im Kiez e. V." } },
      { viewer: provider },
    );
    const id = ok.data?.proposeOrganisationChange.id;
    const reject = `mutation($id: ID!, $comment: String!) { rejectOrganisationChangeProposal(id: $id, comment: $comment) { status decisionComment } }`;
    const noReason = await client.execute(reject, { id, comment: " " });
    expect(noReason.errors?.[0]?.extensions?.fieldErrors).toEqual([{ field: "comment", message: "is required" }]);
    const rejected = await client.execute(reject, { id, comment: "Name laut Vereinsregister unverändert." });
    expect(rejected.data).toEqual({
      rejectOrganisationChangeProposal: {
        status: "REJECTED",
        decisionComment: "Name laut Vereinsregister unverändert.",
      },
    });
    expect((await db.prisma.organisation.findUniqueOrThrow({ where: { id: organisationId } })).name).toBe(
      "Tafel Kiez e. V.",
    );
  });

  it("shows providers only their own organisation's proposals", async () => {
    const list = `query($filter: OrganisationChangeProposalFilter) { organisationChangeProposals(filter: $filter) { status } }`;
    const own = await client.execute<{ organisationChangeProposals: unknown[] }>(
      list,
      { filter: { organisationId } },
      { viewer: provider },
    );
    expect(own.data?.organisationChangeProposals).toHaveLength(2);
    expect(errorCodes(await client.execute(list, {}, { viewer: provider }))).toEqual(["FORBIDDEN"]);
    const stranger = { ...provider, organisationIds: ["7b0c8f6e-0000-4000-8000-000000000001"] };
    expect(errorCodes(await client.execute(list, { filter: { organisationId } }, { viewer: stranger }))).toEqual([
      "FORBIDDEN",
    ]);
  });
});
