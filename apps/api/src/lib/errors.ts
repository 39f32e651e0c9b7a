import { GraphQLError } from "graphql";

/** Codes of expected failures; each maps to one GraphQL `extensions.code` at the edge. */
export type DomainErrorCode =
  | "NOT_FOUND"
  | "BAD_USER_INPUT"
  | "FORBIDDEN"
  | "UNAUTHENTICATED"
  | "CONFLICT"
  | "RATE_LIMITED";

/** An expected failure of a use case, with a message that is safe to show to the client. */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export function notFound(entity: string, key: string): DomainError {
  return new DomainError("NOT_FOUND", `${entity} ${key} not found`, { entity, key });
}

/** A problem with how the process was started (environment, data directory, database URL). */
export class StartupError extends Error {
  override name = "StartupError";
}

/** The one mapping from domain errors to GraphQL errors; everything else stays internal. */
export function toGraphQLError(error: DomainError): GraphQLError {
  return new GraphQLError(error.message, { extensions: { code: error.code, ...error.details } });
}
