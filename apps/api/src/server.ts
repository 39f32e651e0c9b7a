// Bootstrap only: HTTP, Apollo, the built SPA and the health check in one Node process.
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import { ApolloServer } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import compression from "compression";
import { parse as parseCookie } from "cookie";
import express, { type NextFunction, type Request, type Response } from "express";
import type { GraphQLFormattedError } from "graphql";
import { pinoHttp } from "pino-http";
import { type Context, createContext, type SessionCookie } from "./context.ts";
import type { Database } from "./lib/db.ts";
import { DomainError } from "./lib/errors.ts";
import { graphqlArmor, queryLimits, rejectNulCharacters, securityHeaders } from "./lib/hardening.ts";
import type { Logger } from "./lib/logger.ts";
import { viewerForSession } from "./modules/account/account.service.ts";
import { dataImportRouter } from "./modules/data-import/data-import.routes.ts";
import { hsdsRouter } from "./modules/offer/hsds.routes.ts";
import { buildSchema } from "./schema.ts";

export interface AppOptions {
  db: Database;
  log: Logger;
  production: boolean;
  /** Folder of the built web app (index.html + assets); served at `/` when it exists. */
  webDist: string;
  /** Base URL for links in invitations; defaults to http://localhost:4000. */
  publicUrl?: string;
}

export const sessionCookieName = "sozialatlas_session";

export interface App {
  httpServer: Server;
  apollo: ApolloServer<Context>;
  /** Stops accepting, lets in-flight requests finish, then resolves. The caller closes the db. */
  stop(): Promise<void>;
}

export function createApollo(options: Pick<AppOptions, "log" | "production">, httpServer?: Server) {
  const { log, production } = options;
  const armor = graphqlArmor(production);
  return new ApolloServer<Context>({
    schema: buildSchema(),
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: queryLimits.maxTokens },
    stopOnTerminationSignals: false,
    plugins: [
      ...armor.plugins,
      ApolloServerPluginLandingPageDisabled(),
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
    ],
    formatError: (formatted, error) => formatError(formatted, error, log),
  });
}

/**
 * The one edge mapping of errors: domain errors keep their code, GraphQL's own validation
 * errors pass as they are, anything unexpected is logged and masked.
 */
function formatError(formatted: GraphQLFormattedError, error: unknown, log: Logger): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return { ...formatted, message: original.message, extensions: { code: original.code, ...original.details } };
  }
  const code = formatted.extensions?.code;
  if (code && code !== "INTERNAL_SERVER_ERROR") return formatted;
  log.error({ err: original, path: formatted.path }, "unexpected error in GraphQL operation");
  return { message: "Internal server error", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}

export async function createApp(options: AppOptions): Promise<App> {
  const { db, log, webDist } = options;
  const app = express();
  const httpServer = createServer(app);
  const apollo = createApollo(options, httpServer);
  await apollo.start();

  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");
  app.use(
    pinoHttp({
      logger: log,
      genReqId: (req, res) => {
        const incoming = req.headers["x-request-id"];
        const id = typeof incoming === "string" && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader("x-request-id", id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === "/healthz" },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use(securityHeaders());
  app.use(compression());

  app.get("/healthz", async (_req, res) => {
    try {
      await withTimeout(db.ping(), 2000);
      res.json({ status: "ok", database: "ok" });
    } catch (error) {
      log.warn({ err: error }, "health check: database does not answer");
      res.status(503).json({ status: "unavailable", database: "unavailable" });
    }
  });

  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    rejectNulCharacters,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const token = parseCookie(req.headers.cookie ?? "")[sessionCookieName];
        const session: SessionCookie = {
          token,
          set: ({ token: value, expiresAt }) => {
            session.token = value;
            res.cookie(sessionCookieName, value, {
              httpOnly: true,
              sameSite: "lax",
              secure: req.secure,
              path: "/",
              expires: expiresAt,
            });
          },
          clear: () => {
            session.token = undefined;
            res.clearCookie(sessionCookieName, { httpOnly: true, sameSite: "lax", secure: req.secure, path: "/" });
          },
        };
        return createContext(db, String(req.id), req.log, {
          viewer: await viewerForSession(db, token),
          session,
          client: { ip: req.ip, userAgent: req.get("user-agent") },
          publicUrl: options.publicUrl,
        });
      },
    }),
  );

  // Bodies that never reach GraphQL (malformed JSON, too large) still get a GraphQL-shaped
  // answer with a code, never an HTML error page.
  app.use("/graphql", (error: unknown, _req: Request, res: Response, next: NextFunction) => {
    const status = (error as { status?: number }).status ?? 500;
    if (status === 413) {
      res.status(413).json({
        errors: [{ message: "Request body too large (max 1 MB)", extensions: { code: "PAYLOAD_TOO_LARGE" } }],
      });
    } else if (status === 400) {
      res.status(400).json({ errors: [{ message: "Malformed JSON body", extensions: { code: "BAD_REQUEST" } }] });
    } else {
      next(error);
    }
  });

  app.use("/api/imports", dataImportRouter(db));
  app.use("/hsds", hsdsRouter(db));

  const indexHtml = join(webDist, "index.html");
  app.use(express.static(webDist, { index: false, maxAge: "1y", immutable: true }));
  // History-API fallback: every other GET that wants a page gets the SPA's index.html.
  app.get("/{*path}", (req, res) => {
    if (!existsSync(indexHtml)) {
      res.status(503).type("text/plain").send("The web app is not built yet: run `pnpm build`.\n");
      return;
    }
    if (req.path.startsWith("/assets/")) {
      res.status(404).type("text/plain").send("Not found\n");
      return;
    }
    res.setHeader("Cache-Control", "no-cache");
    res.sendFile(indexHtml);
  });

  return {
    httpServer,
    apollo,
    async stop() {
      await apollo.stop(); // the drain plugin closes the listener and waits for in-flight requests
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
