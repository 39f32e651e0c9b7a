import type { Database } from "../../lib/db.ts";

export function createIndicatorLoaders(_db: Database) {
  return {};
}
