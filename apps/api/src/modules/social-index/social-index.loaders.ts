import DataLoader from "dataloader";
import type { Area as AreaRow, Indicator as IndicatorRow } from "../../generated/prisma/client.ts";
import type { Database } from "../../lib/db.ts";
import { groupRows } from "../../lib/group-rows.ts";
import {
  findAreasByCodes,
  findIndexDefinitionsByIds,
  findIndicatorsByKeys,
  type IndexDefinitionRow,
} from "./index-definition.service.ts";
import {
  type AreaIndexResultsArgs,
  findIndexRunsByIds,
  findResultsOfAreas,
  findResultsOfRuns,
  findRunsOfDefinitions,
  type IndexResultRow,
  type IndexResultWithCode,
  type IndexRunRow,
} from "./index-run.service.ts";

export interface AreaIndexResultsKey extends AreaIndexResultsArgs {
  areaId: string;
}

const byKey = <Row, Key extends string>(keys: readonly Key[], rows: readonly Row[], keyOf: (row: Row) => string) => {
  const found = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => found.get(key) ?? null);
};

/** Per-request batching for index definitions, runs and results: one statement per field and batch. */
export function createSocialIndexLoaders(db: Database) {
  const indexRunById = new DataLoader<string, IndexRunRow | null>(async (ids) =>
    byKey(ids, await findIndexRunsByIds(db, ids), (run) => run.id),
  );
  const argumentsOf = (key: AreaIndexResultsKey) => JSON.stringify([key.definitionKey, key.level]);
  return {
    indexDefinitionById: new DataLoader<string, IndexDefinitionRow | null>(async (ids) =>
      byKey(ids, await findIndexDefinitionsByIds(db, ids), (definition) => definition.id),
    ),
    indexRunById,
    /** Every run of a definition, newest first: its `runs`, `latestRun` and each run's `previousRun`. */
    indexRunsOfDefinition: new DataLoader<string, IndexRunRow[]>(async (definitionIds) =>
      groupRows(definitionIds, await findRunsOfDefinitions(db, definitionIds), (run) => run.definitionId),
    ),
    /** All results of a run with their area codes (class changes). */
    indexResultsOfRun: new DataLoader<string, IndexResultWithCode[]>(async (runIds) =>
      groupRows(runIds, await findResultsOfRuns(db, runIds), (result) => result.runId),
    ),
    /** An area's results in every run of one definition, oldest first; their runs prime `indexRunById`. */
    indexResultsOfArea: new DataLoader<AreaIndexResultsKey, IndexResultRow[], string>(
      async (keys) => {
        const groups = new Map<string, AreaIndexResultsKey[]>();
        for (const key of keys) groups.set(argumentsOf(key), [...(groups.get(argumentsOf(key)) ?? []), key]);
        const byArguments = new Map<string, Map<string, IndexResultRow[]>>();
        // Usually one group: every area of a list asks for the same definition and level.
        await Promise.all(
          [...groups].map(async ([signature, group]) => {
            const [sample] = group;
            if (!sample) return;
            const rows = await findResultsOfAreas(
              db,
              group.map((key) => key.areaId),
              sample,
            );
            const byArea = new Map<string, IndexResultRow[]>();
            for (const { run, ...result } of rows) {
              indexRunById.prime(run.id, run);
              byArea.set(result.areaId, [...(byArea.get(result.areaId) ?? []), result]);
            }
            byArguments.set(signature, byArea);
          }),
        );
        return keys.map((key) => byArguments.get(argumentsOf(key))?.get(key.areaId) ?? []);
      },
      { cacheKeyFn: (key) => `${key.areaId}|${argumentsOf(key)}` },
    ),
    /** Indicators of a definition's parts, by key. */
    indexIndicatorByKey: new DataLoader<string, IndicatorRow | null>(async (keys) =>
      byKey(keys, await findIndicatorsByKeys(db, keys), (indicator) => indicator.key),
    ),
    /** Areas a definition excludes, by code. */
    indexAreaByCode: new DataLoader<string, AreaRow | null>(async (codes) =>
      byKey(codes, await findAreasByCodes(db, codes), (area) => area.code),
    ),
  };
}
export type SocialIndexLoaders = ReturnType<typeof createSocialIndexLoaders>;
