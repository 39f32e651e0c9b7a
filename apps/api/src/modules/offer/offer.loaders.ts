import type { Database } from "../../lib/db.ts";

export function createOfferLoaders(_db: Database) {
  return {};
}
