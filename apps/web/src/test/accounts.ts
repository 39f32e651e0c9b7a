import { graphql, HttpResponse } from "msw";
import { ViewerDocument } from "../generated/documents/account.ts";
import type { Role, UserFieldsFragment, ViewerQuery } from "../generated/graphql.ts";
import { server } from "./server.ts";

export type TestViewer = NonNullable<ViewerQuery["me"]> & { __typename: "User" };

const names: Record<Role, string> = {
  ADMIN: "Ada Admin",
  PLANNER: "Paula Planung",
  PROVIDER: "Theo Träger",
  VIEWER: "Rita Rat",
};

export function testViewer(role: Role): TestViewer {
  return {
    __typename: "User",
    id: `00000000-0000-4000-8000-00000000000${["ADMIN", "PLANNER", "PROVIDER", "VIEWER"].indexOf(role) + 1}`,
    email: `${role.toLowerCase()}@example.org`,
    name: names[role],
    role,
    organisations: [],
  };
}

/**
 * Answers the viewer query with a signed-in user (or the public for null). Returns a setter,
 * so sign-in and sign-out handlers can change who is signed in mid-test.
 */
export function useViewerHandler(initial: TestViewer | null): { set: (viewer: TestViewer | null) => void } {
  let current = initial;
  server.use(graphql.query(ViewerDocument, () => HttpResponse.json({ data: { me: current } })));
  return {
    set: (viewer) => {
      current = viewer;
    },
  };
}

export function testUser(
  id: number,
  fields: Partial<UserFieldsFragment> & Pick<UserFieldsFragment, "name" | "email" | "role">,
): UserFieldsFragment & { __typename: "User" } {
  return {
    __typename: "User",
    id: `10000000-0000-4000-8000-${String(id).padStart(12, "0")}`,
    disabled: false,
    hasPassword: true,
    lastSignInAt: null,
    organisations: [],
    ...fields,
  };
}

export function testOrganisation(id: number, name: string) {
  return { __typename: "Organisation" as const, id: `20000000-0000-4000-8000-${String(id).padStart(12, "0")}`, name };
}

/** A GraphQL error response as the API sends it (extensions.code, optionally more). */
export function graphqlError(
  code: string,
  message: string,
  extensions: Record<string, unknown> = {},
): HttpResponse<{ data: null; errors: Array<{ message: string; extensions: Record<string, unknown> }> }> {
  return HttpResponse.json({ data: null, errors: [{ message, extensions: { code, ...extensions } }] });
}

/** A minimal answer of a mutation that returns a user (sign-in, redeeming a link). */
export function userRef(viewer: { id: string; name: string }) {
  return { __typename: "User" as const, id: viewer.id, name: viewer.name };
}

export function accountLink(url: string, expiresAt: string) {
  return { __typename: "AccountLink" as const, url, expiresAt };
}
