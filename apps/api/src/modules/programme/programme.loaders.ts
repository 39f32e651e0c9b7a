import DataLoader from "dataloader";
import type { Database } from "../../lib/db.ts";
import type { AreaRow } from "../area/area.service.ts";
import {
  findBudgetLines,
  findFundingAreas,
  findPartners,
  findProgrammesOfAreas,
  findResults,
  type ProgrammeBudgetLineRow,
  type ProgrammePartnerRow,
  type ProgrammeResultRow,
  type ProgrammeRow,
  sortBudgetLines,
} from "./programme.service.ts";

function groupBy<Row, Key>(rows: readonly Row[], keyOf: (row: Row) => Key): Map<Key, Row[]> {
  const groups = new Map<Key, Row[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Per-request batching of a programme list's nested fields: one statement per field. */
export function createProgrammeLoaders(db: Database) {
  return {
    programmeBudgetLines: new DataLoader<string, ProgrammeBudgetLineRow[]>(async (programmeIds) => {
      const byProgramme = groupBy(await findBudgetLines(db, programmeIds), (line) => line.programmeId);
      return programmeIds.map((id) => sortBudgetLines(byProgramme.get(id) ?? []));
    }),
    programmeResults: new DataLoader<string, ProgrammeResultRow[]>(async (programmeIds) => {
      const byProgramme = groupBy(await findResults(db, programmeIds), (result) => result.programmeId);
      return programmeIds.map((id) => byProgramme.get(id) ?? []);
    }),
    programmePartners: new DataLoader<string, ProgrammePartnerRow[]>(async (programmeIds) => {
      const byProgramme = groupBy(await findPartners(db, programmeIds), (partner) => partner.programmeId);
      return programmeIds.map((id) =>
        (byProgramme.get(id) ?? []).sort((a, b) => a.organisation.name.localeCompare(b.organisation.name, "de")),
      );
    }),
    programmeAreas: new DataLoader<string, AreaRow[]>(async (programmeIds) => {
      const byProgramme = groupBy(await findFundingAreas(db, programmeIds), (link) => link.programmeId);
      return programmeIds.map((id) =>
        (byProgramme.get(id) ?? []).map((link) => link.area).sort((a, b) => a.code.localeCompare(b.code)),
      );
    }),
    programmesByAreaId: new DataLoader<string, ProgrammeRow[]>(async (areaIds) => {
      const byArea = await findProgrammesOfAreas(db, areaIds);
      return areaIds.map((id) => byArea.get(id) ?? []);
    }),
  };
}
