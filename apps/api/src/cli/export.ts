// `pnpm cli export observations|index`: stored indicator values and index results as CSV or
// GeoJSON, for data stewards with access to the database (raw values, no disclosure control).
import { writeFileSync } from "node:fs";
import type { ParseArgsConfig } from "node:util";
import { type AreaLevel, areaLevels } from "@sozialatlas/domain/area";
import { isCalendarDate } from "@sozialatlas/domain/indicator";
import type { Database } from "../lib/db.ts";
import { StartupError } from "../lib/errors.ts";
import {
  type AreaWithGeometry,
  listAreasOfLevel,
  loadObservationTable,
} from "../modules/data-import/data-import.service.ts";
import { getIndexDefinitionByKey, indexRunToCsv, runIndex } from "../modules/social-index/social-index.service.ts";
import type { CommandOutput } from "./import.ts";

/** Options of `export`, merged into the command line parser of main.ts. */
export const exportOptions = {
  indicators: { type: "string" },
  out: { type: "string" },
} as const satisfies ParseArgsConfig["options"];

export interface ExportFlags {
  indicators?: string;
  definition?: string;
  level?: string;
  date?: string;
  format?: string;
  out?: string;
}

type Cell = string | number | null | undefined;

const csvCell = (value: Cell) => {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

const csvLines = (rows: readonly Cell[][]) => `${rows.map((row) => row.map(csvCell).join(",")).join("\n")}\n`;

/** RFC 7946 FeatureCollection: one feature per area with its boundary and the given properties. */
function featureCollection(
  areas: readonly AreaWithGeometry[],
  propertiesOf: (area: AreaWithGeometry) => Record<string, Cell>,
): string {
  return `${JSON.stringify({
    type: "FeatureCollection",
    features: areas.map((area) => ({
      type: "Feature",
      id: area.code,
      geometry: area.geometry,
      properties: propertiesOf(area),
    })),
  })}\n`;
}

interface ExportQuery {
  level: AreaLevel;
  date: string;
  format: "csv" | "geojson";
}

function parseQuery(flags: ExportFlags): ExportQuery {
  const level = (flags.level ?? "planungsraum").toUpperCase();
  if (!(areaLevels as readonly string[]).includes(level)) {
    throw new StartupError(`--level must be one of ${areaLevels.join(", ").toLowerCase()}`);
  }
  if (!flags.date || !isCalendarDate(flags.date))
    throw new StartupError("--date YYYY-MM-DD is required (the Stichtag)");
  if (flags.format !== "csv" && flags.format !== "geojson") throw new StartupError("--format must be csv or geojson");
  return { level: level as AreaLevel, date: flags.date, format: flags.format };
}

/** Indicator values: CSV `area_code,area_name,<indicator keys…>` or GeoJSON with the values as properties. */
export async function exportObservations(db: Database, flags: ExportFlags): Promise<string> {
  const query = parseQuery(flags);
  const indicatorKeys = [
    ...new Set(
      (flags.indicators ?? "")
        .split(",")
        .map((key) => key.trim())
        .filter(Boolean),
    ),
  ];
  if (indicatorKeys.length === 0)
    throw new StartupError("--indicators <key,key,…> is required, e.g. mss2021.s1,mss2021.s3");
  const table = await loadObservationTable(db, { indicatorKeys, level: query.level, referenceDate: query.date });
  const valuesOf = (area: AreaWithGeometry) => indicatorKeys.map((key) => table.values.get(area.code)?.get(key));
  if (query.format === "csv") {
    return csvLines([
      ["area_code", "area_name", ...indicatorKeys],
      ...table.areas.map((area) => [area.code, area.name, ...valuesOf(area)]),
    ]);
  }
  return featureCollection(table.areas, (area) => {
    const values = valuesOf(area);
    return {
      area_code: area.code,
      area_name: area.name,
      ...Object.fromEntries(indicatorKeys.map((key, i) => [key, values[i] ?? null])),
    };
  });
}

/** Index results per area, with the columns of `pnpm cli index` (CSV) or as GeoJSON properties. */
export async function exportIndex(db: Database, flags: ExportFlags): Promise<string> {
  const query = parseQuery(flags);
  const definition = await getIndexDefinitionByKey(db, flags.definition ?? "mss-2021");
  const { run, names } = await runIndex(db, definition, query.level, query.date);
  if (query.format === "csv") return indexRunToCsv(run, names);
  const results = new Map(run.areas.map((area) => [area.areaCode, area]));
  return featureCollection(await listAreasOfLevel(db, query.level), (area) => {
    const result = results.get(area.code);
    return {
      area_code: area.code,
      area_name: area.name,
      status_index: result?.statusIndex ?? null,
      status_class: result?.statusClass ?? null,
      dynamics_index: result?.dynamicsIndex ?? null,
      dynamics_class: result?.dynamicsClass ?? null,
      combined_code: result?.combinedCode ?? null,
    };
  });
}

/** Runs `export observations|index`: to `--out <file>` or to stdout. */
export async function runExportCommand(
  db: Database,
  what: "observations" | "index",
  flags: ExportFlags,
  output: CommandOutput = process,
): Promise<void> {
  const content = what === "observations" ? await exportObservations(db, flags) : await exportIndex(db, flags);
  if (flags.out === undefined) {
    output.stdout.write(content);
    return;
  }
  try {
    writeFileSync(flags.out, content);
  } catch (error) {
    throw new StartupError(`Cannot write ${flags.out}: ${(error as Error).message}`);
  }
  output.stderr.write(`Wrote ${what} to ${flags.out} (${Math.round(content.length / 1024)} KiB).\n`);
}
