import DataLoader from "dataloader";
import type { Goal as GoalRow, Organisation as OrganisationRow } from "../../generated/prisma/client.ts";
import type { Database } from "../../lib/db.ts";
import type { AreaRow } from "../area/area.service.ts";
import {
  type ConferenceFindingRow,
  type ConferenceRecommendationRow,
  type ConferenceRow,
  type ConferenceWorkingGroupRow,
  findConferenceAreas,
  findConferencesByIds,
  findFindings,
  findFindingsOfAreas,
  findGoalsOfRecommendations,
  findParticipants,
  findRecommendations,
  findWorkingGroups,
} from "./conference.service.ts";

/** Answers `keys` in order with the rows grouped by `keyOf` (keeping the rows' order). */
function grouped<Row>(keys: readonly string[], rows: readonly Row[], keyOf: (row: Row) => string | null): Row[][] {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

function byId<Row extends { id: string }>(keys: readonly string[], rows: readonly Row[]): Array<Row | null> {
  const map = new Map(rows.map((row) => [row.id, row]));
  return keys.map((key) => map.get(key) ?? null);
}

/** Per-request batching of a conference list's nested fields: one statement per field. */
export function createConferenceLoaders(db: Database) {
  return {
    conferenceById: new DataLoader<string, ConferenceRow | null>(async (ids) =>
      byId(ids, await findConferencesByIds(db, ids)),
    ),
    conferenceAreas: new DataLoader<string, AreaRow[]>(async (ids) =>
      grouped(ids, await findConferenceAreas(db, ids), (link) => link.conferenceId).map((links) =>
        links.map((link) => link.area).sort((a, b) => a.code.localeCompare(b.code)),
      ),
    ),
    conferenceParticipants: new DataLoader<string, OrganisationRow[]>(async (ids) =>
      grouped(ids, await findParticipants(db, ids), (link) => link.conferenceId).map((links) =>
        links.map((link) => link.organisation).sort((a, b) => a.name.localeCompare(b.name, "de")),
      ),
    ),
    conferenceWorkingGroups: new DataLoader<string, ConferenceWorkingGroupRow[]>(async (ids) =>
      grouped(ids, await findWorkingGroups(db, { conferenceId: { in: [...ids] } }), (group) => group.conferenceId),
    ),
    conferenceWorkingGroupById: new DataLoader<string, ConferenceWorkingGroupRow | null>(async (ids) =>
      byId(ids, await findWorkingGroups(db, { id: { in: [...ids] } })),
    ),
    conferenceFindings: new DataLoader<string, ConferenceFindingRow[]>(async (ids) =>
      grouped(ids, await findFindings(db, { conferenceId: { in: [...ids] } }), (finding) => finding.conferenceId),
    ),
    conferenceFindingsByWorkingGroupId: new DataLoader<string, ConferenceFindingRow[]>(async (ids) =>
      grouped(ids, await findFindings(db, { workingGroupId: { in: [...ids] } }), (finding) => finding.workingGroupId),
    ),
    conferenceFindingById: new DataLoader<string, ConferenceFindingRow | null>(async (ids) =>
      byId(ids, await findFindings(db, { id: { in: [...ids] } })),
    ),
    conferenceRecommendations: new DataLoader<string, ConferenceRecommendationRow[]>(async (ids) =>
      grouped(ids, await findRecommendations(db, { conferenceId: { in: [...ids] } }), (row) => row.conferenceId),
    ),
    conferenceRecommendationsByFindingId: new DataLoader<string, ConferenceRecommendationRow[]>(async (ids) =>
      grouped(ids, await findRecommendations(db, { findingId: { in: [...ids] } }), (row) => row.findingId),
    ),
    recommendationGoals: new DataLoader<string, GoalRow[]>(async (ids) =>
      grouped(ids, await findGoalsOfRecommendations(db, ids), (link) => link.recommendationId).map((links) =>
        links.map((link) => link.goal).sort((a, b) => a.title.localeCompare(b.title, "de")),
      ),
    ),
    conferenceFindingsByAreaId: new DataLoader<string, ConferenceFindingRow[]>(async (areaIds) => {
      const byArea = await findFindingsOfAreas(db, areaIds);
      return areaIds.map((id) => byArea.get(id) ?? []);
    }),
  };
}
