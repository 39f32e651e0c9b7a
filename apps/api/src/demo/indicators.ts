import type { Database } from "../lib/db.ts";

export async function seedMssIndicators(_db: Database): Promise<void> {}
