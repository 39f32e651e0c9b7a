import { notFound } from "./errors.ts";
import { invalidInput } from "./validation.ts";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}

/** Ids are UUIDs; anything else cannot exist, so it is NOT_FOUND (never a database error). */
export function assertId(entity: string, id: string): string {
  if (!isUuid(id)) throw notFound(entity, id);
  return id;
}

/** A filter id that cannot exist is a mistake of the caller, not an empty result. */
export function filterId(field: string, id: string | null | undefined, entityName: string): string | undefined {
  if (id == null) return undefined;
  if (!isUuid(id)) throw invalidInput([{ field, message: `no ${entityName} with this id` }]);
  return id;
}
