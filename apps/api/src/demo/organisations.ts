import type { Database } from "../lib/db.ts";

export async function seedOrganisationExamples(_db: Database): Promise<void> {}
