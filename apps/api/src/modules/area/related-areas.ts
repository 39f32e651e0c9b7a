// Which areas count as "related" to an area when programmes, conferences and findings are
// looked up by area: the area itself, every area containing it (up to the city) and every area
// inside it (down to the Planungsräume). A Berlin-wide programme thus shows for every
// Planungsraum, and a Planungsraum's programme shows for its Bezirk. Used by the programme and
// conference modules; belongs to the area module once another domain needs it.
import type { Database } from "../../lib/db.ts";
import { notFound } from "../../lib/errors.ts";

const relatedSql = (originsSql: string) => `
  WITH RECURSIVE origin AS (${originsSql}),
  up AS (
    SELECT o.id AS origin, o.id AS related, o."parentId" FROM origin o
    UNION ALL
    SELECT up.origin, p.id, p."parentId" FROM "Area" p JOIN up ON p.id = up."parentId"
  ),
  down AS (
    SELECT o.id AS origin, o.id AS related FROM origin o
    UNION ALL
    SELECT down.origin, c.id FROM "Area" c JOIN down ON c."parentId" = down.related
  )
  SELECT origin::text AS "areaId", related::text AS "relatedId" FROM up
  UNION
  SELECT origin::text, related::text FROM down`;

/** Ids of the areas related to the area with `code` (itself included); unknown code: NOT_FOUND. */
export async function relatedAreaIds(db: Database, code: string): Promise<string[]> {
  const rows = await db.prisma.$queryRawUnsafe<Array<{ areaId: string; relatedId: string }>>(
    relatedSql(`SELECT id, "parentId" FROM "Area" WHERE code = $1`),
    code,
  );
  if (rows.length === 0) throw notFound("Area", code);
  return rows.map((row) => row.relatedId);
}

/** For many areas at once (one statement): each area id with the ids of its related areas. */
export async function relatedAreaIdsOf(db: Database, areaIds: readonly string[]): Promise<Map<string, Set<string>>> {
  const rows = await db.prisma.$queryRawUnsafe<Array<{ areaId: string; relatedId: string }>>(
    relatedSql(
      `SELECT id, "parentId" FROM "Area" WHERE id IN (SELECT value::uuid FROM jsonb_array_elements_text($1::jsonb))`,
    ),
    JSON.stringify(areaIds),
  );
  const related = new Map<string, Set<string>>(areaIds.map((id) => [id, new Set<string>()]));
  for (const row of rows) related.get(row.areaId)?.add(row.relatedId);
  return related;
}

/** Ids of the given areas and every area above them (one statement). */
export async function selfAndAncestorIds(db: Database, areaIds: readonly string[]): Promise<Map<string, Set<string>>> {
  const rows = await db.prisma.$queryRawUnsafe<Array<{ areaId: string; ancestorId: string }>>(
    `WITH RECURSIVE up AS (
       SELECT a.id AS origin, a.id AS ancestor, a."parentId" FROM "Area" a
       WHERE a.id IN (SELECT value::uuid FROM jsonb_array_elements_text($1::jsonb))
       UNION ALL
       SELECT up.origin, p.id, p."parentId" FROM "Area" p JOIN up ON p.id = up."parentId"
     )
     SELECT origin::text AS "areaId", ancestor::text AS "ancestorId" FROM up`,
    JSON.stringify(areaIds),
  );
  const ancestors = new Map<string, Set<string>>(areaIds.map((id) => [id, new Set<string>()]));
  for (const row of rows) ancestors.get(row.areaId)?.add(row.ancestorId);
  return ancestors;
}
