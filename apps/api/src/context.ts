import type { Database } from "./lib/db.ts";
import type { Logger } from "./lib/logger.ts";
import { createAreaLoaders } from "./modules/area/area.loaders.ts";
import { createConferenceLoaders } from "./modules/conference/conference.loaders.ts";
import { createIndicatorLoaders } from "./modules/indicator/indicator.loaders.ts";
import { createMeasureLoaders } from "./modules/measure/measure.loaders.ts";
import { createOfferLoaders } from "./modules/offer/offer.loaders.ts";
import { createOrganisationLoaders } from "./modules/organisation/organisation.loaders.ts";
import { createProgrammeLoaders } from "./modules/programme/programme.loaders.ts";

/** Everything a resolver may use, created fresh for every request. */
export interface Context {
  db: Database;
  requestId: string;
  log: Logger;
  /** Who acts: recorded in createdBy/updatedBy and the change log. Until sign-in exists, "anonymous". */
  actor: string;
  loaders: ReturnType<typeof createLoaders>;
}

export function createLoaders(db: Database) {
  return {
    ...createAreaLoaders(db),
    ...createIndicatorLoaders(db),
    ...createOrganisationLoaders(db),
    ...createOfferLoaders(db),
    ...createProgrammeLoaders(db),
    ...createMeasureLoaders(db),
    ...createConferenceLoaders(db),
  };
}

export function createContext(db: Database, requestId: string, log: Logger, actor = "anonymous"): Context {
  return { db, requestId, log, actor, loaders: createLoaders(db) };
}
