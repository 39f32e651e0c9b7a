import type { Database } from "../../lib/db.ts";

export function createOrganisationLoaders(_db: Database) {
  return {};
}
