// Limits and headers that protect the API and the app from abusive or malicious requests.
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { RequestHandler } from "express";
import helmet from "helmet";

/**
 * Static limits on a GraphQL document, checked before execution. Generous enough for the
 * deepest screens (measure catalogue: catalogue › versions › goals › children ×3 › targets ›
 * actuals) and small enough that a hostile query cannot make the server do unbounded work.
 */
export const queryLimits = {
  maxDepth: 14,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 5000,
  maxCost: 50_000,
} as const;

export function graphqlArmor(production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: queryLimits.maxDepth },
    maxAliases: { n: queryLimits.maxAliases },
    maxDirectives: { n: queryLimits.maxDirectives },
    // Token counting is done by graphql-js's own parser (parseOptions.maxTokens in server.ts):
    // armor's parse hook turns every syntax error into an HTTP 500.
    maxTokens: { enabled: false },
    costLimit: { maxCost: queryLimits.maxCost },
    // Field suggestions ("did you mean …") help developers but reveal the schema.
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

/**
 * Security headers. The CSP allows only the app's own origin: no inline script, no external
 * script, style, image, font or connection (maps are drawn from our own GeoJSON, no tiles).
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: "same-origin" },
  });
}

/**
 * PostgreSQL cannot store NUL characters in text; a request carrying one would fail deep in
 * the database. Refused up front as bad input instead.
 */
export const rejectNulCharacters: RequestHandler = (req, res, next) => {
  if (containsNul(req.body) || containsNul(req.query)) {
    res.status(400).json({
      errors: [{ message: "Text must not contain NUL characters (\\u0000)", extensions: { code: "BAD_USER_INPUT" } }],
    });
    return;
  }
  next();
};

function containsNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (Array.isArray(value)) return value.some(containsNul);
  if (value && typeof value === "object") return Object.values(value).some(containsNul);
  return false;
}
