import type { Database } from "../lib/db.ts";

export async function seedProgrammeExamples(_db: Database): Promise<void> {}
