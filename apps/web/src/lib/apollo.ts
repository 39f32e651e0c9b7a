import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { relayStylePagination } from "@apollo/client/utilities";

/**
 * The browser talks to the API on the same origin (`/graphql`, proxied by Vite in
 * development). Tests pass an absolute URL because MSW in jsdom cannot intercept relative ones.
 */
export const defaultGraphqlUrl: string = import.meta.env.VITE_GRAPHQL_URL ?? "/graphql";

export function createApolloClient(uri: string = defaultGraphqlUrl): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: new InMemoryCache({
      typePolicies: {
        // "Load more" appends the next page of the change log; each filter is its own list.
        Query: { fields: { changes: relayStylePagination(["filter"]) } },
        // A user's memberships are a set the API replaces as a whole.
        User: { fields: { organisations: { merge: false } } },
      },
    }),
  });
}

/** The `extensions.code` of the first GraphQL error (e.g. NOT_FOUND), if the error has one. */
export function graphqlErrorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.code;
  return typeof code === "string" ? code : undefined;
}

/** One problem with one input field, as the API reports it in `extensions.fieldErrors`. */
export interface FieldError {
  /** Path of the input field, e.g. "email" or "organisationIds.0". */
  field: string;
  message: string;
}

/** An `extensions` value of the first GraphQL error, e.g. `retryAfterSeconds` of RATE_LIMITED. */
export function graphqlErrorExtension(error: unknown, name: string): unknown {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  return error.errors[0]?.extensions?.[name];
}

/** The field errors of a BAD_USER_INPUT error; empty for every other error. */
export function graphqlFieldErrors(error: unknown): FieldError[] {
  const value = graphqlErrorExtension(error, "fieldErrors");
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) =>
    typeof entry === "object" &&
    entry !== null &&
    "field" in entry &&
    "message" in entry &&
    typeof entry.field === "string" &&
    typeof entry.message === "string"
      ? [{ field: entry.field, message: entry.message }]
      : [],
  );
}
