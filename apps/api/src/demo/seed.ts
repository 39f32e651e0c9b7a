import type { Database } from "../lib/db.ts";
import { countAreas, upsertAreas } from "../modules/area/area.service.ts";
import { loadBerlinLor } from "./berlin-lor.ts";

/** Loads the Berlin demo data (idempotent: existing areas are updated by code). */
export async function seedDemoData(db: Database): Promise<{ areas: number }> {
  const { written } = await upsertAreas(db, loadBerlinLor());
  return { areas: written };
}

/** Seeds only a database without any area, as `pnpm start` does on first run. */
export async function seedDemoDataIfEmpty(db: Database): Promise<{ areas: number } | null> {
  return (await countAreas(db)) === 0 ? seedDemoData(db) : null;
}
