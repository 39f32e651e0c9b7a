import type { Database } from "./lib/db.ts";
import type { Logger } from "./lib/logger.ts";
import { createAreaLoaders } from "./modules/area/area.loaders.ts";

/** Everything a resolver may use, created fresh for every request. */
export interface Context {
  db: Database;
  requestId: string;
  log: Logger;
  loaders: ReturnType<typeof createLoaders>;
}

export function createLoaders(db: Database) {
  return { ...createAreaLoaders(db) };
}

export function createContext(db: Database, requestId: string, log: Logger): Context {
  return { db, requestId, log, loaders: createLoaders(db) };
}
