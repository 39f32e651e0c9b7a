// Imports of data files (areas as GeoJSON, indicator values as CSV with a manifest) and
// exports of stored values. Validation is the pure code of packages/domain/src/data-import.ts;
// this file adds what only the database knows (stored areas, indicators, archived rows) and
// writes an accepted file in one transaction. The CLI uses it today, the browser upload later.
import { createHash } from "node:crypto";
import type { AreaGeometry, AreaInput, AreaLevel } from "@sozialatlas/domain/area";
import { geometryBBox } from "@sozialatlas/domain/area";
import {
  type AreaGeoJsonPreview,
  type AreaManifest,
  type DataImportManifest,
  type ImportProblem,
  maxKeptProblems,
  type ObservationCsvPreview,
  type ObservationManifest,
  parseImportManifest,
  validateAreaGeoJson,
  validateObservationCsv,
} from "@sozialatlas/domain/data-import";
import type { ObservationInput } from "@sozialatlas/domain/indicator";
import type { DataImportKind, Prisma } from "../../generated/prisma/client.ts";
import { recordChange } from "../../lib/change-log.ts";
import { type Database, refreshStatistics } from "../../lib/db.ts";
import { DomainError } from "../../lib/errors.ts";
import { toDbDate } from "../../lib/scalars.ts";

type Tx = Prisma.TransactionClient;

/** A file to import, as read from disk or uploaded. */
export interface ImportFileInput {
  /** Shown in messages and stored in the import log (a name, not a path). */
  fileName: string;
  /** The file's bytes: its SHA-256 is recorded, and they must be UTF-8. */
  content: Uint8Array;
  /** The manifest as parsed JSON, not yet validated. */
  manifest: unknown;
}

export interface PreviewOptions {
  /**
   * Areas to treat as stored although they are not (yet): a dry run of a directory validates
   * the CSVs against the areas of the GeoJSON files before them.
   */
  assumeAreas?: ReadonlyMap<string, AreaLevel>;
}

export interface ImportPreview {
  /** Null when the manifest is unusable. */
  kind: DataImportKind | null;
  fileName: string;
  sha256: string;
  manifest: DataImportManifest | null;
  /** True when the file can be imported as it is: no problem at all. */
  accepted: boolean;
  /** The first problems in reading order (at most `maxKeptProblems`). */
  errors: ImportProblem[];
  /** All problems. */
  errorCount: number;
  observations: ObservationCsvPreview | null;
  areas: AreaGeoJsonPreview | null;
  /** The last accepted import of the same bytes, if there was one. */
  previousImport: { importedAt: Date; importedBy: string | null } | null;
}

export interface ImportProgress {
  /** Observations or areas written so far. */
  done: number;
  total: number;
}

export interface ImportResult extends ImportPreview {
  /** The DataImport row of an accepted file; null when the file was rejected (and nothing was written). */
  dataImportId: string | null;
  created: number;
  updated: number;
  unchanged: number;
}

/** The validated content behind a preview: what would be written. */
type Plan =
  | { kind: "OBSERVATIONS"; manifest: ObservationManifest; rowCount: number; rows: ObservationInput[] }
  | { kind: "AREAS"; manifest: AreaManifest; rowCount: number; areas: AreaInput[] };

const sha256Of = (content: Uint8Array) => createHash("sha256").update(content).digest("hex");

/** The text of a UTF-8 file, or a problem naming the line of the first byte that is not UTF-8. */
function decodeUtf8(content: Uint8Array): { text: string } | { problem: ImportProblem } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(content) };
  } catch {
    const text = new TextDecoder("utf-8").decode(content);
    const before = text.slice(0, text.indexOf("\uFFFD"));
    return {
      problem: {
        in: "file",
        line: before.split("\n").length,
        message: "the file is not UTF-8 (Latin-1 or Windows-1252?): save it as UTF-8",
      },
    };
  }
}

/** Stored areas by code with their level, plus the assumed ones. */
async function knownAreaLevels(db: Database, options: PreviewOptions): Promise<Map<string, AreaLevel>> {
  const stored = await db.prisma.area.findMany({ select: { code: true, level: true } });
  return new Map([
    ...stored.map((area): [string, AreaLevel] => [area.code, area.level]),
    ...(options.assumeAreas ?? []),
  ]);
}

async function planObservations(
  db: Database,
  text: string,
  manifest: ObservationManifest,
  options: PreviewOptions,
): Promise<{ plan: Plan; preview: ObservationCsvPreview; errors: ImportProblem[]; errorCount: number }> {
  const keys = [...new Set(manifest.columns.map((entry) => entry.indicator))];
  const [levels, indicators] = await Promise.all([
    knownAreaLevels(db, options),
    db.prisma.indicator.findMany({ where: { key: { in: keys } }, select: { key: true, unit: true, archivedAt: true } }),
  ]);
  const areaCodes = new Set([...levels].filter(([, level]) => level === manifest.areaLevel).map(([code]) => code));
  const validation = validateObservationCsv(text, manifest, {
    areaCodes,
    indicatorKeys: new Set(indicators.map((indicator) => indicator.key)),
    indicatorUnits: new Map(indicators.map((indicator) => [indicator.key, indicator.unit])),
  });
  const errors = [...validation.errors];
  let errorCount = validation.preview.errorCount;
  const add = (problem: ImportProblem) => {
    errorCount += 1;
    if (errors.length < maxKeptProblems) errors.push(problem);
  };
  for (const indicator of indicators) {
    if (!indicator.archivedAt) continue;
    add({
      in: "manifest",
      field: `columns.${manifest.columns.findIndex((entry) => entry.indicator === indicator.key)}.indicator`,
      message: `indicator ${indicator.key} is archived: restore it first`,
    });
  }
  // An archived value is not overwritten behind a planner's back: restore it (or leave the row out) first.
  if (errorCount === 0 && validation.rows.length > 0) {
    const archived = await db.prisma.observation.findMany({
      where: {
        archivedAt: { not: null },
        indicator: { key: { in: keys } },
        area: { level: manifest.areaLevel },
        referenceDate: { in: validation.preview.referenceDates.map(toDbDate) },
      },
      select: { referenceDate: true, indicator: { select: { key: true } }, area: { select: { code: true } } },
    });
    const inFile = new Set(validation.rows.map((row) => `${row.indicatorKey}|${row.areaCode}|${row.referenceDate}`));
    for (const row of archived) {
      const date = row.referenceDate.toISOString().slice(0, 10);
      if (!inFile.has(`${row.indicator.key}|${row.area.code}|${date}`)) continue;
      add({
        in: "file",
        message: `the value of ${row.indicator.key} for area ${row.area.code} on ${date} is archived: restore it first or leave it out`,
      });
    }
  }
  return {
    plan: { kind: "OBSERVATIONS", manifest, rowCount: validation.preview.rowCount, rows: validation.rows },
    preview: { ...validation.preview, errorCount },
    errors,
    errorCount,
  };
}

async function planAreas(
  db: Database,
  text: string,
  manifest: AreaManifest,
  options: PreviewOptions,
): Promise<{ plan: Plan; preview: AreaGeoJsonPreview; errors: ImportProblem[]; errorCount: number }> {
  const { kind: _kind, ...rules } = manifest;
  const validation = validateAreaGeoJson(text, { ...rules, knownParentCodes: await knownAreaLevels(db, options) });
  return {
    plan: { kind: "AREAS", manifest, rowCount: validation.preview.featureCount, areas: validation.areas },
    preview: validation.preview,
    errors: validation.errors,
    errorCount: validation.preview.errorCount,
  };
}

async function validate(
  db: Database,
  file: ImportFileInput,
  options: PreviewOptions,
): Promise<{ preview: ImportPreview; plan: Plan | null }> {
  const sha256 = sha256Of(file.content);
  const previous = await db.prisma.dataImport.findFirst({
    where: { sha256 },
    orderBy: { importedAt: "desc" },
    select: { importedAt: true, importedBy: true },
  });
  const base = { fileName: file.fileName, sha256, previousImport: previous, observations: null, areas: null };
  const rejected = (manifest: DataImportManifest | null, errors: ImportProblem[]) => ({
    preview: {
      ...base,
      kind: manifest ? kindOf(manifest) : null,
      manifest,
      accepted: false,
      errors,
      errorCount: errors.length,
    },
    plan: null,
  });

  const parsed = parseImportManifest(file.manifest);
  if (!parsed.manifest) return rejected(null, parsed.problems);
  const manifest = parsed.manifest;
  const decoded = decodeUtf8(file.content);
  if ("problem" in decoded) return rejected(manifest, [decoded.problem]);

  if (manifest.kind === "observations") {
    const { plan, preview, errors, errorCount } = await planObservations(db, decoded.text, manifest, options);
    return {
      preview: {
        ...base,
        kind: "OBSERVATIONS",
        manifest,
        accepted: errorCount === 0,
        errors,
        errorCount,
        observations: preview,
      },
      plan: errorCount === 0 ? plan : null,
    };
  }
  const { plan, preview, errors, errorCount } = await planAreas(db, decoded.text, manifest, options);
  return {
    preview: { ...base, kind: "AREAS", manifest, accepted: errorCount === 0, errors, errorCount, areas: preview },
    plan: errorCount === 0 ? plan : null,
  };
}

const kindOf = (manifest: DataImportManifest): DataImportKind =>
  manifest.kind === "observations" ? "OBSERVATIONS" : "AREAS";

/**
 * Checks a file against its manifest and the database without writing anything: what the
 * browser shows before the planner confirms, and what `pnpm cli import --dry-run` prints.
 */
export async function previewImport(
  db: Database,
  file: ImportFileInput,
  options: PreviewOptions = {},
): Promise<ImportPreview> {
  return (await validate(db, file, options)).preview;
}

/** Observations per statement: large files are written in batches, with progress after each. */
const observationBatchSize = 2000;
/** Areas carry geometries of several kilobytes each. */
const areaBatchSize = 200;

/** Raised inside the transaction to roll it back when the database changed since validation. */
class RejectedDuringWrite extends Error {}

/**
 * Validates the file and, when it has no problem, writes it in ONE transaction: the areas
 * (upserted by code, bounding boxes computed) or the observations (upserted by indicator, area
 * and Stichtag, in batches), one DataImport row and one change log entry for the import. A
 * rejected file writes nothing and comes back with its problems. Rows equal to the stored
 * ones are counted as unchanged and not touched, so importing a file twice changes nothing.
 */
export async function importFile(
  db: Database,
  file: ImportFileInput,
  options: { actor: string; onProgress?: (progress: ImportProgress) => void },
): Promise<ImportResult> {
  const { preview, plan } = await validate(db, file, {});
  const counts = { created: 0, updated: 0, unchanged: 0 };
  if (!plan) return { ...preview, dataImportId: null, ...counts };
  const onProgress = options.onProgress ?? (() => {});
  onProgress({ done: 0, total: plan.kind === "OBSERVATIONS" ? plan.rows.length : plan.areas.length });
  try {
    const dataImportId = await db.prisma.$transaction(
      async (tx) => {
        const written =
          plan.kind === "OBSERVATIONS"
            ? await writeObservations(tx, plan.manifest, plan.rows, options.actor, onProgress)
            : await writeAreas(tx, plan.manifest, plan.areas, onProgress);
        Object.assign(counts, written);
        const row = await tx.dataImport.create({
          data: {
            kind: plan.kind,
            fileName: file.fileName,
            sha256: preview.sha256,
            manifest:
              plan.kind === "OBSERVATIONS"
                ? (JSON.parse(JSON.stringify(plan.manifest)) as Prisma.InputJsonValue)
                : undefined,
            rowCount: plan.rowCount,
            ...written,
            importedBy: options.actor,
          },
        });
        await recordChange(tx, {
          actor: options.actor,
          entity: "DataImport",
          entityId: row.id,
          action: "CREATE",
          after: {
            kind: plan.kind,
            fileName: file.fileName,
            sha256: preview.sha256,
            rowCount: plan.rowCount,
            ...written,
          },
        });
        return row.id;
      },
      { timeout: 10 * 60_000, maxWait: 30_000 },
    );
    await refreshStatistics(db);
    return { ...preview, dataImportId, ...counts };
  } catch (error) {
    if (!(error instanceof RejectedDuringWrite)) throw error;
    const problem: ImportProblem = { in: "file", message: error.message };
    return {
      ...preview,
      accepted: false,
      errors: [problem],
      errorCount: 1,
      dataImportId: null,
      created: 0,
      updated: 0,
      unchanged: 0,
    };
  }
}

interface WriteCounts {
  created: number;
  updated: number;
  unchanged: number;
}

async function writeObservations(
  tx: Tx,
  manifest: ObservationManifest,
  rows: readonly ObservationInput[],
  actor: string,
  onProgress: (progress: ImportProgress) => void,
): Promise<WriteCounts> {
  const keys = [...new Set(rows.map((row) => row.indicatorKey))];
  const [indicators, areas] = await Promise.all([
    tx.indicator.findMany({ where: { key: { in: keys } }, select: { id: true, key: true } }),
    tx.area.findMany({ where: { level: manifest.areaLevel }, select: { id: true, code: true } }),
  ]);
  const indicatorId = new Map(indicators.map((indicator) => [indicator.key, indicator.id]));
  const areaId = new Map(areas.map((area) => [area.code, area.id]));
  const counts = { created: 0, updated: 0, unchanged: 0 };
  for (let start = 0; start < rows.length; start += observationBatchSize) {
    const batch = rows.slice(start, start + observationBatchSize).map((row) => {
      const ids = { indicatorId: indicatorId.get(row.indicatorKey), areaId: areaId.get(row.areaCode) };
      if (!ids.indicatorId || !ids.areaId) {
        throw new RejectedDuringWrite(
          `indicator ${row.indicatorKey} or area ${row.areaCode} was removed while the file was checked: import it again`,
        );
      }
      return {
        ...ids,
        referenceDate: row.referenceDate,
        value: row.value,
        numerator: row.numerator,
        denominator: row.denominator,
        missingReason: row.missingReason,
        source: row.source,
      };
    });
    // New rows are inserted; stored rows are updated only where a fact differs (the WHERE of
    // DO UPDATE), so unchanged rows are neither touched nor returned. xmax = 0 marks an insert.
    const [result] = await tx.$queryRawUnsafe<Array<{ created: number; updated: number }>>(
      `WITH written AS (
         INSERT INTO "Observation" ("indicatorId", "areaId", "referenceDate", value, numerator, denominator,
                                    "missingReason", source, "createdBy", "updatedBy", "updatedAt")
         SELECT r."indicatorId"::uuid, r."areaId"::uuid, r."referenceDate"::date, r.value, r.numerator,
                r.denominator, r."missingReason", r.source, $2, $2, now()
         FROM jsonb_to_recordset($1::jsonb)
           AS r("indicatorId" text, "areaId" text, "referenceDate" text, value float8, numerator float8,
                denominator float8, "missingReason" text, source text)
         ON CONFLICT ("indicatorId", "areaId", "referenceDate") DO UPDATE SET
           value = excluded.value, numerator = excluded.numerator, denominator = excluded.denominator,
           "missingReason" = excluded."missingReason", provisional = false, estimated = false,
           suppressed = false, "breakInSeries" = false, source = excluded.source, "extractedAt" = NULL,
           "updatedBy" = excluded."updatedBy", "updatedAt" = now()
         WHERE ("Observation".value, "Observation".numerator, "Observation".denominator,
                "Observation"."missingReason", "Observation".provisional, "Observation".estimated,
                "Observation".suppressed, "Observation"."breakInSeries", "Observation".source,
                "Observation"."extractedAt")
           IS DISTINCT FROM (excluded.value, excluded.numerator, excluded.denominator, excluded."missingReason",
                             false, false, false, false, excluded.source, NULL::date)
         RETURNING (xmax = 0) AS inserted
       )
       SELECT (count(*) FILTER (WHERE inserted))::int AS created,
              (count(*) FILTER (WHERE NOT inserted))::int AS updated
       FROM written`,
      JSON.stringify(batch),
      actor,
    );
    const created = result?.created ?? 0;
    const updated = result?.updated ?? 0;
    counts.created += created;
    counts.updated += updated;
    counts.unchanged += batch.length - created - updated;
    onProgress({ done: Math.min(start + observationBatchSize, rows.length), total: rows.length });
  }
  return counts;
}

async function writeAreas(
  tx: Tx,
  manifest: AreaManifest,
  areas: readonly AreaInput[],
  onProgress: (progress: ImportProgress) => void,
): Promise<WriteCounts> {
  // Parents must still be there (the file can only name parents that are stored).
  const parentCodes = [...new Set(areas.flatMap((area) => (area.parentCode ? [area.parentCode] : [])))];
  const parents = await tx.area.findMany({ where: { code: { in: parentCodes } }, select: { code: true } });
  if (parents.length !== parentCodes.length) {
    const found = new Set(parents.map((parent) => parent.code));
    throw new RejectedDuringWrite(
      `parent area ${parentCodes.find((code) => !found.has(code))} was removed while the file was checked: import it again`,
    );
  }
  // Without a land-area property the stored land area is kept.
  const withAreaM2 = manifest.areaM2Property !== undefined;
  const counts = { created: 0, updated: 0, unchanged: 0 };
  for (let start = 0; start < areas.length; start += areaBatchSize) {
    const batch = areas.slice(start, start + areaBatchSize).map((area) => ({
      ...area,
      ...geometryBBox(area.geometry as AreaGeometry),
    }));
    const [result] = await tx.$queryRawUnsafe<Array<{ created: number; updated: number }>>(
      `WITH written AS (
         INSERT INTO "Area" (code, name, level, "parentId", geometry, "areaM2",
                             "minLon", "minLat", "maxLon", "maxLat", "updatedAt")
         SELECT r.code, r.name, r.level::"AreaLevel", p.id, r.geometry, r."areaM2",
                r."minLon", r."minLat", r."maxLon", r."maxLat", now()
         FROM jsonb_to_recordset($1::jsonb)
           AS r(code text, name text, level text, "parentCode" text, geometry jsonb, "areaM2" float8,
                "minLon" float8, "minLat" float8, "maxLon" float8, "maxLat" float8)
         LEFT JOIN "Area" p ON p.code = r."parentCode"
         ON CONFLICT (code) DO UPDATE SET
           name = excluded.name, level = excluded.level, "parentId" = excluded."parentId",
           geometry = excluded.geometry,
           "areaM2" = CASE WHEN $2::boolean THEN excluded."areaM2" ELSE "Area"."areaM2" END,
           "minLon" = excluded."minLon", "minLat" = excluded."minLat",
           "maxLon" = excluded."maxLon", "maxLat" = excluded."maxLat", "updatedAt" = now()
         WHERE ("Area".name, "Area".level, "Area"."parentId", "Area".geometry)
                 IS DISTINCT FROM (excluded.name, excluded.level, excluded."parentId", excluded.geometry)
            OR ($2::boolean AND "Area"."areaM2" IS DISTINCT FROM excluded."areaM2")
         RETURNING (xmax = 0) AS inserted
       )
       SELECT (count(*) FILTER (WHERE inserted))::int AS created,
              (count(*) FILTER (WHERE NOT inserted))::int AS updated
       FROM written`,
      JSON.stringify(batch),
      withAreaM2,
    );
    const created = result?.created ?? 0;
    const updated = result?.updated ?? 0;
    counts.created += created;
    counts.updated += updated;
    counts.unchanged += batch.length - created - updated;
    onProgress({ done: Math.min(start + areaBatchSize, areas.length), total: areas.length });
  }
  return counts;
}

// ---------------------------------------------------------------------------------------
// Export

export interface AreaWithGeometry {
  code: string;
  name: string;
  geometry: AreaGeometry | null;
}

/** The areas of one level in code order, with their boundaries (for GeoJSON exports). */
export async function listAreasOfLevel(db: Database, level: AreaLevel): Promise<AreaWithGeometry[]> {
  const areas = await db.prisma.area.findMany({
    where: { level },
    orderBy: { code: "asc" },
    select: { code: true, name: true, geometry: true },
  });
  return areas.map((area) => ({ ...area, geometry: area.geometry as AreaGeometry | null }));
}

export interface ObservationTable {
  areas: AreaWithGeometry[];
  indicatorKeys: string[];
  /** Area code → indicator key → raw value (null: missing). Areas without any value have no entry. */
  values: Map<string, Map<string, number | null>>;
}

/**
 * The stored raw values of some indicators for all areas of one level at one Stichtag: what
 * `pnpm cli export observations` writes. Raw means unprotected: exports are for data stewards
 * with access to the database, not for the public. Archived values are left out.
 */
export async function loadObservationTable(
  db: Database,
  query: { indicatorKeys: readonly string[]; level: AreaLevel; referenceDate: string },
): Promise<ObservationTable> {
  const indicators = await db.prisma.indicator.findMany({
    where: { key: { in: [...query.indicatorKeys] } },
    select: { key: true },
  });
  const found = new Set(indicators.map((indicator) => indicator.key));
  const unknown = query.indicatorKeys.filter((key) => !found.has(key));
  if (unknown.length > 0) {
    throw new DomainError("NOT_FOUND", `unknown indicator key${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")}`);
  }
  const [areas, observations] = await Promise.all([
    listAreasOfLevel(db, query.level),
    db.prisma.observation.findMany({
      where: {
        referenceDate: toDbDate(query.referenceDate),
        archivedAt: null,
        area: { level: query.level },
        indicator: { key: { in: [...query.indicatorKeys] } },
      },
      select: { value: true, area: { select: { code: true } }, indicator: { select: { key: true } } },
    }),
  ]);
  const values = new Map<string, Map<string, number | null>>();
  for (const observation of observations) {
    const row = values.get(observation.area.code) ?? new Map<string, number | null>();
    row.set(observation.indicator.key, observation.value);
    values.set(observation.area.code, row);
  }
  return { areas, indicatorKeys: [...query.indicatorKeys], values };
}
