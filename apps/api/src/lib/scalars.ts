import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** "YYYY-MM-DD" → the Date at UTC midnight, as Prisma stores `@db.Date`. */
export function toDbDate(value: string): Date {
  return new Date(`${value}T00:00:00.000Z`);
}

function parseDate(value: unknown): string {
  if (typeof value !== "string" || !datePattern.test(value)) {
    throw new GraphQLError(`Date must be a string YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  const date = toDbDate(value);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new GraphQLError(`${value} is not a calendar date`);
  }
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseDate(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: "DateTime",
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: (value) => {
    if (typeof value !== "string" || Number.isNaN(Date.parse(value))) {
      throw new GraphQLError(`DateTime must be an ISO 8601 string, got ${JSON.stringify(value)}`);
    }
    return new Date(value).toISOString();
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || Number.isNaN(Date.parse(ast.value))) {
      throw new GraphQLError("DateTime must be an ISO 8601 string");
    }
    return new Date(ast.value).toISOString();
  },
});
