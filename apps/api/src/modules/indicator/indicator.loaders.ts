import DataLoader from "dataloader";
import type { Database } from "../../lib/db.ts";
import { findIndicatorsByIds, type IndicatorRow } from "./indicator.service.ts";
import {
  findMapValues,
  findObservationsOfAreas,
  findObservationsOfIndicators,
  findPopulations,
  findReferenceDatesOfIndicators,
  type MapValueRow,
  type ObservationRow,
} from "./observation.service.ts";

export interface AreaObservationsKey {
  areaId: string;
  indicatorKeys: readonly string[] | null;
  referenceDate: string | null;
}

export interface IndicatorObservationsKey {
  indicatorId: string;
  areaCodes: readonly string[] | null;
  referenceDate: string | null;
}

/**
 * Groups keys that share the same field arguments, runs one query per group (usually one in
 * all: every area of a list asks with the same arguments) and hands each key its rows.
 */
function groupedByArguments<Key, Row>(
  idOf: (key: Key) => string,
  argumentsOf: (key: Key) => string,
  rowOwner: (row: Row) => string,
  load: (ids: string[], sample: Key) => Promise<Row[]>,
) {
  return async (keys: readonly Key[]): Promise<Row[][]> => {
    const groups = new Map<string, Key[]>();
    for (const key of keys) groups.set(argumentsOf(key), [...(groups.get(argumentsOf(key)) ?? []), key]);
    const rowsByGroup = new Map<string, Map<string, Row[]>>();
    await Promise.all(
      [...groups].map(async ([signature, group]) => {
        const [sample] = group;
        if (!sample) return;
        const byOwner = new Map<string, Row[]>();
        for (const row of await load([...new Set(group.map(idOf))], sample)) {
          byOwner.set(rowOwner(row), [...(byOwner.get(rowOwner(row)) ?? []), row]);
        }
        rowsByGroup.set(signature, byOwner);
      }),
    );
    return keys.map((key) => rowsByGroup.get(argumentsOf(key))?.get(idOf(key)) ?? []);
  };
}

const areaArguments = (key: AreaObservationsKey) =>
  JSON.stringify([key.indicatorKeys ? [...key.indicatorKeys].sort() : null, key.referenceDate]);
const indicatorArguments = (key: IndicatorObservationsKey) =>
  JSON.stringify([key.areaCodes ? [...key.areaCodes].sort() : null, key.referenceDate]);

/** Per-request batching for indicators and the observation lists of areas and indicators. */
export function createIndicatorLoaders(db: Database) {
  return {
    indicatorById: new DataLoader<string, IndicatorRow | null>(async (ids) => {
      const rows = await findIndicatorsByIds(db, ids);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    observationsOfArea: new DataLoader<AreaObservationsKey, ObservationRow[], string>(
      groupedByArguments(
        (key) => key.areaId,
        areaArguments,
        (row: ObservationRow) => row.areaId,
        (areaIds, sample) => findObservationsOfAreas(db, areaIds, sample),
      ),
      { cacheKeyFn: (key) => `${key.areaId}|${areaArguments(key)}` },
    ),
    observationsOfIndicator: new DataLoader<IndicatorObservationsKey, ObservationRow[], string>(
      groupedByArguments(
        (key) => key.indicatorId,
        indicatorArguments,
        (row: ObservationRow) => row.indicatorId,
        (indicatorIds, sample) => findObservationsOfIndicators(db, indicatorIds, sample),
      ),
      { cacheKeyFn: (key) => `${key.indicatorId}|${indicatorArguments(key)}` },
    ),
    /** Map values by "indicatorId|YYYY-MM-DD": one statement per Stichtag asked for. */
    mapValuesOfIndicator: new DataLoader<string, MapValueRow[]>(async (keys) => {
      const byDate = new Map<string, string[]>();
      for (const key of keys) {
        const [indicatorId = "", date = ""] = key.split("|");
        byDate.set(date, [...(byDate.get(date) ?? []), indicatorId]);
      }
      const rowsByKey = new Map<string, MapValueRow[]>();
      await Promise.all(
        [...byDate].map(async ([date, indicatorIds]) => {
          for (const row of await findMapValues(db, [...new Set(indicatorIds)], date)) {
            const key = `${row.indicatorId}|${date}`;
            rowsByKey.set(key, [...(rowsByKey.get(key) ?? []), row]);
          }
        }),
      );
      return keys.map((key) => rowsByKey.get(key) ?? []);
    }),
    referenceDatesOfIndicator: new DataLoader<string, Date[]>((ids) => findReferenceDatesOfIndicators(db, ids)),
    /** Residents of an area at a Stichtag, by "areaId|YYYY-MM-DD" (disclosure control); null when unknown. */
    populationOfArea: new DataLoader<string, number | null>((keys) => findPopulations(db, keys)),
  };
}
export type IndicatorLoaders = ReturnType<typeof createIndicatorLoaders>;
