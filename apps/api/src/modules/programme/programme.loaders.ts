import type { Database } from "../../lib/db.ts";

export function createProgrammeLoaders(_db: Database) {
  return {};
}
