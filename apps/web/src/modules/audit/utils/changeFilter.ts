import type { ChangeAction, ChangeLogFilter } from "../../../generated/graphql.ts";

/**
 * The entity types the API records changes of (the `entity` of a change-log entry), in the
 * order the filter offers them: the directory, planning data, measures, then accounts.
 * Entries of a type not listed here are still shown, with the API's name.
 */
export const changedEntities = [
  "Organisation",
  "Offer",
  "CooperationAgreement",
  "Programme",
  "Indicator",
  "Observation",
  "MeasureCatalogue",
  "CatalogueVersion",
  "Goal",
  "GoalTarget",
  "TargetActual",
  "Conference",
  "User",
] as const;

export type ChangedEntity = (typeof changedEntities)[number];

export function isChangedEntity(value: unknown): value is ChangedEntity {
  return typeof value === "string" && (changedEntities as readonly string[]).includes(value);
}

// `satisfies` ties the list to the schema: an action added to the API fails type-checking here.
const actionSet = {
  CREATE: true,
  UPDATE: true,
  ARCHIVE: true,
  RESTORE: true,
  VERIFY: true,
  SUBMIT: true,
  PUBLISH: true,
  RETURN: true,
} as const satisfies Record<ChangeAction, true>;

export const changeActions = Object.keys(actionSet) as ChangeAction[];

export function isChangeAction(value: unknown): value is ChangeAction {
  return typeof value === "string" && Object.hasOwn(actionSet, value);
}

/** What the change log shows; lives in the URL (?entity=&actor=&action=). */
export interface ChangeFilter {
  entity?: ChangedEntity | undefined;
  /** Exactly who made the change: a user id or e.g. "seed". */
  actor?: string | undefined;
  action?: ChangeAction | undefined;
}

/** Reads the filter from the address; unknown entity types and actions are left out. */
export function changeFilterFromSearch(params: URLSearchParams): ChangeFilter {
  const entity = params.get("entity");
  const action = params.get("action");
  const actor = params.get("actor")?.trim();
  return {
    entity: isChangedEntity(entity) ? entity : undefined,
    actor: actor ? actor : undefined,
    action: isChangeAction(action) ? action : undefined,
  };
}

export function changeFilterToSearch(filter: ChangeFilter): URLSearchParams {
  const search = new URLSearchParams();
  if (filter.entity) search.set("entity", filter.entity);
  if (filter.actor) search.set("actor", filter.actor);
  if (filter.action) search.set("action", filter.action);
  return search;
}

/** The API's filter with only the parts that are set (no filter: undefined). */
export function toApiFilter(filter: ChangeFilter): ChangeLogFilter | undefined {
  const api: ChangeLogFilter = {};
  if (filter.entity) api.entity = filter.entity;
  if (filter.actor) api.actor = filter.actor;
  if (filter.action) api.action = filter.action;
  return Object.keys(api).length > 0 ? api : undefined;
}

export function isFiltered(filter: ChangeFilter): boolean {
  return Boolean(filter.entity || filter.actor || filter.action);
}
