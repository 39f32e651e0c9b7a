import type { Database } from "../../lib/db.ts";

export function createConferenceLoaders(_db: Database) {
  return {};
}
