// The attention list: which areas changed class between two runs, and in which direction.
// Pure: works on results already loaded (index-run.service.ts, the run loaders).
import { classChanges, type IndexAreaResult } from "@sozialatlas/domain/social-index";
import {
  type ChangeDirection,
  type DynamicsClassName,
  dynamicsClassName,
  dynamicsDirection,
  overallDirection,
  type StatusClassName,
  statusClassName,
  statusDirection,
  storedDynamicsClass,
  storedExclusionReason,
  storedStatusClass,
} from "./index-classes.ts";
import type { IndexResultRow, IndexResultWithCode } from "./index-run.service.ts";

/** An entry of the attention list, in GraphQL's terms; `areaId` is resolved to the area. */
export interface IndexClassChangeRecord {
  areaId: string;
  previous: IndexResultRow | null;
  current: IndexResultRow | null;
  previousStatusClass: StatusClassName | null;
  currentStatusClass: StatusClassName | null;
  previousDynamicsClass: DynamicsClassName | null;
  currentDynamicsClass: DynamicsClassName | null;
  statusChanged: boolean;
  dynamicsChanged: boolean;
  statusDirection: ChangeDirection | null;
  dynamicsDirection: ChangeDirection | null;
  direction: ChangeDirection;
}

const toAreaResult = (result: IndexResultWithCode): IndexAreaResult => ({
  areaCode: result.area.code,
  statusSum: result.statusSum,
  statusIndex: result.statusIndex,
  statusClass: storedStatusClass(result.statusClass),
  dynamicsSum: result.dynamicsSum,
  dynamicsIndex: result.dynamicsIndex,
  dynamicsClass: storedDynamicsClass(result.dynamicsClass),
  combinedCode: result.combinedCode,
  excludedReason: storedExclusionReason(result.excludedReason),
  rank: result.rank,
});

/** Areas whose status or dynamics class differs between two runs' results, by area code (domain `classChanges`). */
export function classChangesBetween(
  previousResults: readonly IndexResultWithCode[],
  currentResults: readonly IndexResultWithCode[],
): IndexClassChangeRecord[] {
  const asRun = (results: readonly IndexResultWithCode[]) => ({ areas: results.map(toAreaResult) });
  const byCode = (results: readonly IndexResultWithCode[]) => new Map(results.map((r) => [r.area.code, r]));
  const previousByCode = byCode(previousResults);
  const currentByCode = byCode(currentResults);
  return classChanges(asRun(previousResults), asRun(currentResults)).map((change) => {
    const previous = previousByCode.get(change.areaCode) ?? null;
    const current = currentByCode.get(change.areaCode) ?? null;
    const status = statusDirection(change.previousStatusClass, change.currentStatusClass);
    const dynamics = dynamicsDirection(change.previousDynamicsClass, change.currentDynamicsClass);
    const areaId = (current ?? previous)?.areaId;
    if (areaId === undefined) throw new Error(`class change of ${change.areaCode} without a result`);
    return {
      areaId,
      previous,
      current,
      previousStatusClass: statusClassName(change.previousStatusClass),
      currentStatusClass: statusClassName(change.currentStatusClass),
      previousDynamicsClass: dynamicsClassName(change.previousDynamicsClass),
      currentDynamicsClass: dynamicsClassName(change.currentDynamicsClass),
      statusChanged: change.statusChanged,
      dynamicsChanged: change.dynamicsChanged,
      statusDirection: status,
      dynamicsDirection: dynamics,
      direction: overallDirection(status, dynamics),
    };
  });
}
