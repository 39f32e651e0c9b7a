import { type Database, refreshStatistics } from "../lib/db.ts";
import { countAreas, upsertAreas } from "../modules/area/area.service.ts";
import { seedDemoAccounts } from "./accounts.ts";
import { loadBerlinLor } from "./berlin-lor.ts";
import { seedConferenceExamples } from "./conferences.ts";
import { seedIndexDefinitions } from "./index-definitions.ts";
import { seedMssIndicators } from "./indicators.ts";
import { seedMeasureCatalogueExample } from "./measures.ts";
import { seedOfferExamples } from "./offers.ts";
import { seedOrganisationExamples } from "./organisations.ts";
import { seedProgrammeExamples } from "./programmes.ts";

/** Who the demo seed records as the author of its rows and changes. */
export const seedActor = "seed";

/**
 * Loads the demo data: the real Berlin areas and MSS 2021 indicators with the MSS 2021 index
 * (definition and its run), then the examples
 * (organisations, offers, programmes, a measure catalogue, a conference). Idempotent:
 * real data is updated by key; examples are only created when none exist yet.
 */
export async function seedDemoData(db: Database): Promise<{ areas: number }> {
  const { written } = await upsertAreas(db, loadBerlinLor());
  await seedMssIndicators(db);
  await seedIndexDefinitions(db);
  await seedOrganisationExamples(db);
  await seedOfferExamples(db);
  await seedProgrammeExamples(db);
  await seedMeasureCatalogueExample(db);
  await seedConferenceExamples(db);
  await seedDemoAccounts(db, seedActor);
  await refreshStatistics(db);
  return { areas: written };
}

/** Seeds only a database without any area, as `pnpm start` does on first run. */
export async function seedDemoDataIfEmpty(db: Database): Promise<{ areas: number } | null> {
  return (await countAreas(db)) === 0 ? seedDemoData(db) : null;
}
