import type { Database } from "../lib/db.ts";

export async function seedMeasureCatalogueExample(_db: Database): Promise<void> {}
