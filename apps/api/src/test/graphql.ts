import type { ApolloServer } from "@apollo/server";
import { type Context, createContext, memorySession, type SessionCookie } from "../context.ts";
import type { Database } from "../lib/db.ts";
import { createLogger } from "../lib/logger.ts";
import type { Viewer } from "../modules/account/account.service.ts";
import { createApollo } from "../server.ts";

const log = createLogger("silent");

/** Who test operations run as unless a test says otherwise: a planner may do everything domain-wise. */
export const testPlanner: Viewer = {
  id: "test-planner",
  email: "planner@test.example",
  name: "Test Planner",
  role: "PLANNER",
  organisationIds: [],
};

/** Council staff (role VIEWER): reads internal planning data, sees protected values. */
export const testViewer: Viewer = {
  id: "test-viewer",
  email: "viewer@test.example",
  name: "Test Viewer",
  role: "VIEWER",
  organisationIds: [],
};

/** A provider (freier Träger) of no organisation unless a test gives it some. */
export const testProvider: Viewer = {
  id: "test-provider",
  email: "provider@test.example",
  name: "Test Provider",
  role: "PROVIDER",
  organisationIds: [],
};

export const testAdmin: Viewer = {
  id: "test-admin",
  email: "admin@test.example",
  name: "Test Admin",
  role: "ADMIN",
  organisationIds: [],
};

export interface OperationResult<TData> {
  data?: TData | null;
  errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>;
}

/** Runs GraphQL operations through the real schema and Apollo pipeline, without HTTP. */
export function graphqlClient(db: Database) {
  const apollo: ApolloServer<Context> = createApollo({ log, production: false });
  const started = apollo.start();
  return {
    /**
     * Runs as the test planner, or as `options.viewer` (null = the public); `options.session`
     * keeps a sign-in across calls.
     */
    async execute<TData = Record<string, unknown>>(
      query: string,
      variables?: Record<string, unknown>,
      options: { viewer?: Viewer | null; session?: SessionCookie } = {},
    ): Promise<OperationResult<TData>> {
      await started;
      const response = await apollo.executeOperation<TData>(
        { query, variables },
        {
          contextValue: createContext(db, "test", log, {
            viewer: "viewer" in options ? (options.viewer ?? null) : testPlanner,
            session: options.session ?? memorySession(),
            client: { ip: "127.0.0.1" },
          }),
        },
      );
      if (response.body.kind !== "single") throw new Error("incremental responses are not expected");
      return response.body.singleResult as OperationResult<TData>;
    },
    stop: () => apollo.stop(),
  };
}

export function errorCodes(result: OperationResult<unknown>): unknown[] {
  return (result.errors ?? []).map((error) => error.extensions?.code);
}
