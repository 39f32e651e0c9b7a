import type { Database } from "../lib/db.ts";

export async function seedOfferExamples(_db: Database): Promise<void> {}
