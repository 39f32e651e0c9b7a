import { flushSync } from "react-dom";
import { createBrowserRouter, RouterProvider } from "react-router";
import { createApolloClient } from "../lib/apollo.ts";
import { Providers } from "./Providers.tsx";
import { routes } from "./routes.tsx";

const router = createBrowserRouter(routes);
const client = createApolloClient();

export function App() {
  return (
    <Providers client={client}>
      <RouterProvider
        router={router}
        flushSync={(update) => {
          flushSync(update);
        }}
      />
    </Providers>
  );
}
