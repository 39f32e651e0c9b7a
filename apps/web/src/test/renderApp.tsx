import { render } from "@testing-library/react";
import { flushSync } from "react-dom";
import { createMemoryRouter, RouterProvider } from "react-router";
import { Providers } from "../app/Providers.tsx";
import { routes } from "../app/routes.tsx";
import { createApolloClient } from "../lib/apollo.ts";

/** MSW in jsdom only intercepts absolute URLs. */
export const testGraphqlUrl = "http://localhost/graphql";

/** Renders the whole app (real routes, fresh cache) at a URL. */
export function renderApp(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const client = createApolloClient(testGraphqlUrl);
  const view = render(
    <Providers client={client}>
      <RouterProvider
        router={router}
        flushSync={(update) => {
          flushSync(update);
        }}
      />
    </Providers>,
  );
  return { ...view, router };
}
