import type { Database } from "../../lib/db.ts";

export function createMeasureLoaders(_db: Database) {
  return {};
}
