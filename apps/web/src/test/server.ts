import { graphql, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { ViewerDocument } from "../generated/documents/account.ts";

/**
 * The MSW server for component tests; each test adds its own GraphQL handlers with
 * server.use(). Every page asks who is signed in (header, navigation): unless a test says
 * otherwise, nobody is.
 */
export const server = setupServer(graphql.query(ViewerDocument, () => HttpResponse.json({ data: { me: null } })));
