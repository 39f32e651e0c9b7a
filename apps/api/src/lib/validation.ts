import type { z } from "zod";
import { DomainError } from "./errors.ts";

/** One problem with one input field, e.g. { field: "minAge", message: "must be at most 120" }. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * Validates input with a zod schema from packages/domain. On failure throws BAD_USER_INPUT
 * whose `extensions.fieldErrors` lists every problem by field path ("locations.0.latitude").
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw invalidInput(
    result.error.issues.map((issue) => ({
      field: issue.path.map(String).join(".") || "input",
      message: issue.message,
    })),
  );
}

export function invalidInput(fieldErrors: FieldError[]): DomainError {
  const summary = fieldErrors
    .slice(0, 5)
    .map((error) => `${error.field}: ${error.message}`)
    .join("; ");
  return new DomainError("BAD_USER_INPUT", `Invalid input — ${summary}`, { fieldErrors });
}
