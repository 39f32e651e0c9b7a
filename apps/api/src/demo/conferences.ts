import type { Database } from "../lib/db.ts";

export async function seedConferenceExamples(_db: Database): Promise<void> {}
