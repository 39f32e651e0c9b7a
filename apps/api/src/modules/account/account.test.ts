import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memorySession } from "../../context.ts";
import { errorCodes, graphqlClient } from "../../test/graphql.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { createUser, issueAccountToken, type Viewer, viewerForSession } from "./account.service.ts";

const signInMutation = `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { email role organisations { name } } }`;

describe("accounts and sessions", () => {
  let db: TestDatabase;
  let client: ReturnType<typeof graphqlClient>;
  let admin: Viewer;
  let organisationId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    client = graphqlClient(db);
    organisationId = (
      await db.prisma.organisation.create({ data: { name: "Tafel Kiez e. V.", type: "FREIER_TRAEGER" } })
    ).id;
    const adminRow = await createUser(
      db,
      "cli",
      { email: "Admin@Example.org", name: "Ada Admin", role: "ADMIN" },
      "admin-password-1",
    );
    admin = { id: adminRow.id, email: adminRow.email, name: adminRow.name, role: "ADMIN", organisationIds: [] };
    await createUser(
      db,
      "cli",
      { email: "traeger@example.org", name: "Tara Träger", role: "PROVIDER", organisationIds: [organisationId] },
      "provider-password-1",
    );
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  it("signs in with e-mail (any case) and password, and knows the user from the session afterwards", async () => {
    const session = memorySession();
    const result = await client.execute<{
      signIn: { email: string; role: string; organisations: Array<{ name: string }> };
    }>(signInMutation, { email: "TRAEGER@example.org ", password: "provider-password-1" }, { session });
    expect(result.errors).toBeUndefined();
    expect(result.data?.signIn).toEqual({
      email: "traeger@example.org",
      role: "PROVIDER",
      organisations: [{ name: "Tafel Kiez e. V." }],
    });
    expect(session.token).toMatch(/^[\w-]{40,}$/);
    const viewer = await viewerForSession(db, session.token);
    expect(viewer).toMatchObject({ email: "traeger@example.org", role: "PROVIDER", organisationIds: [organisationId] });
    // Only a digest of the token is stored.
    expect(await db.prisma.session.count({ where: { id: session.token } })).toBe(0);
  });

  it("answers a wrong password and an unknown e-mail alike, without telling which", async () => {
    const wrongPassword = await client.execute(signInMutation, {
      email: "admin@example.org",
      password: "nope-nope-nope",
    });
    const unknownEmail = await client.execute(signInMutation, {
      email: "nobody@example.org",
      password: "nope-nope-nope",
    });
    expect(errorCodes(wrongPassword)).toEqual(["UNAUTHENTICATED"]);
    expect(unknownEmail.errors?.[0]?.message).toBe(wrongPassword.errors?.[0]?.message);
  });

  it("slows down password guessing per account", async () => {
    await createUser(db, "cli", { email: "target@example.org", name: "Target", role: "VIEWER" }, "target-password-1");
    for (let i = 0; i < 10; i++) {
      await client.execute(signInMutation, { email: "target@example.org", password: `guess-number-${i}` });
    }
    const blocked = await client.execute(signInMutation, {
      email: "target@example.org",
      password: "target-password-1",
    });
    expect(errorCodes(blocked)).toEqual(["RATE_LIMITED"]);
  });

  it("signs out: the session no longer works", async () => {
    const session = memorySession();
    await client.execute(signInMutation, { email: "admin@example.org", password: "admin-password-1" }, { session });
    const token = session.token;
    await client.execute("mutation { signOut }", {}, { session, viewer: await viewerForSession(db, token) });
    expect(session.token).toBeUndefined();
    expect(await viewerForSession(db, token)).toBeNull();
  });

  it("validates new accounts field by field and writes nothing on error", async () => {
    const before = await db.prisma.user.count();
    const result = await client.execute(
      `mutation($input: UserInput!) { createUser(input: $input) { id } }`,
      {
        input: {
          email: "not-an-email",
          name: " ",
          role: "PROVIDER",
          organisationIds: ["2f1b6a9e-0000-4000-8000-000000000000"],
        },
      },
      { viewer: admin },
    );
    expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(result.errors?.[0]?.extensions?.fieldErrors).toEqual([
      { field: "email", message: "is not an e-mail address" },
      { field: "name", message: "is required" },
    ]);
    const duplicate = await client.execute(
      `mutation($input: UserInput!) { createUser(input: $input) { id } }`,
      { input: { email: "admin@example.org", name: "Again", role: "VIEWER" } },
      { viewer: admin },
    );
    expect(duplicate.errors?.[0]?.extensions?.fieldErrors).toEqual([
      { field: "email", message: "is already used by another account" },
    ]);
    expect(await db.prisma.user.count()).toBe(before);
  });

  it("lets an invited user set a password once, then sign in; a disabled user cannot", async () => {
    const created = await client.execute<{ createUser: { id: string } }>(
      `mutation { createUser(input: { email: "neu@example.org", name: "Neu", role: VIEWER }) { id } }`,
      {},
      { viewer: admin },
    );
    expect(created.errors).toBeUndefined();
    const userId = created.data?.createUser.id ?? "";
    const link = await client.execute<{ issueInvitation: { url: string } }>(
      `mutation($id: ID!) { issueInvitation(userId: $id) { url expiresAt } }`,
      { id: userId },
      { viewer: admin },
    );
    expect(link.errors).toBeUndefined();
    const token = new URL(link.data?.issueInvitation.url ?? "").searchParams.get("token") ?? "";
    const redeem = `mutation($token: String!) { redeemAccountLink(token: $token, newPassword: "invited-password-1") { email } }`;
    expect((await client.execute(redeem, { token })).data).toEqual({ redeemAccountLink: { email: "neu@example.org" } });
    expect(errorCodes(await client.execute(redeem, { token }))).toEqual(["UNAUTHENTICATED"]);

    await client.execute(
      `mutation($id: ID!) { updateUser(id: $id, input: { email: "neu@example.org", name: "Neu", role: VIEWER, disabled: true }) { id } }`,
      { id: userId },
      { viewer: admin },
    );
    const disabled = await client.execute(signInMutation, { email: "neu@example.org", password: "invited-password-1" });
    expect(errorCodes(disabled)).toEqual(["UNAUTHENTICATED"]);
  });

  it("rejects expired links", async () => {
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: "admin@example.org" } });
    const { token } = await issueAccountToken(db, "test", user.id, "PASSWORD_RESET");
    await db.prisma.authToken.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    const result = await client.execute(
      `mutation($token: String!) { redeemAccountLink(token: $token, newPassword: "whatever-password") { id } }`,
      { token },
    );
    expect(errorCodes(result)).toEqual(["UNAUTHENTICATED"]);
  });

  it("changes the password only with the current one", async () => {
    const session = memorySession();
    await client.execute(signInMutation, { email: "admin@example.org", password: "admin-password-1" }, { session });
    const viewer = await viewerForSession(db, session.token);
    const change = `mutation($current: String!) { changePassword(currentPassword: $current, newPassword: "admin-password-2") }`;
    const wrong = await client.execute(change, { current: "not-it-at-all" }, { viewer, session });
    expect(wrong.errors?.[0]?.extensions?.fieldErrors).toEqual([
      { field: "currentPassword", message: "is not your current password" },
    ]);
    expect((await client.execute(change, { current: "admin-password-1" }, { viewer, session })).data).toEqual({
      changePassword: true,
    });
    const again = await client.execute(signInMutation, { email: "admin@example.org", password: "admin-password-2" });
    expect(again.errors).toBeUndefined();
  });
});
