import { setupServer } from "msw/node";

/** The MSW server for component tests; each test adds its own GraphQL handlers with server.use(). */
export const server = setupServer();
