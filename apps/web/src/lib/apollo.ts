import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { CombinedGraphQLErrors } from "@apollo/client/errors";

/**
 * The browser talks to the API on the same origin (`/graphql`, proxied by Vite in
 * development). Tests pass an absolute URL because MSW in jsdom cannot intercept relative ones.
 */
export const defaultGraphqlUrl: string = import.meta.env.VITE_GRAPHQL_URL ?? "/graphql";

export function createApolloClient(uri: string = defaultGraphqlUrl): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: new InMemoryCache(),
  });
}

/** The `extensions.code` of the first GraphQL error (e.g. NOT_FOUND), if the error has one. */
export function graphqlErrorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.code;
  return typeof code === "string" ? code : undefined;
}
