import { notFound } from "./errors.ts";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}

/** Ids are UUIDs; anything else cannot exist, so it is NOT_FOUND (never a database error). */
export function assertId(entity: string, id: string): string {
  if (!isUuid(id)) throw notFound(entity, id);
  return id;
}
