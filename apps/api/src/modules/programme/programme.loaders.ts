import DataLoader from "dataloader";
import type { Database } from "../../lib/db.ts";
import { groupRows } from "../../lib/group-rows.ts";
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

/** Per-request batching of a programme list's nested fields: one statement per field. */
export function createProgrammeLoaders(db: Database) {
  return {
    programmeBudgetLines: new DataLoader<string, ProgrammeBudgetLineRow[]>(async (programmeIds) =>
      groupRows(programmeIds, await findBudgetLines(db, programmeIds), (line) => line.programmeId).map(sortBudgetLines),
    ),
    programmeResults: new DataLoader<string, ProgrammeResultRow[]>(async (programmeIds) =>
      groupRows(programmeIds, await findResults(db, programmeIds), (result) => result.programmeId),
    ),
    programmePartners: new DataLoader<string, ProgrammePartnerRow[]>(async (programmeIds) =>
      groupRows(programmeIds, await findPartners(db, programmeIds), (partner) => partner.programmeId).map((partners) =>
        partners.sort((a, b) => a.organisation.name.localeCompare(b.organisation.name, "de")),
      ),
    ),
    programmeAreas: new DataLoader<string, AreaRow[]>(async (programmeIds) =>
      groupRows(programmeIds, await findFundingAreas(db, programmeIds), (link) => link.programmeId).map((links) =>
        links.map((link) => link.area).sort((a, b) => a.code.localeCompare(b.code)),
      ),
    ),
    programmesByAreaId: new DataLoader<string, ProgrammeRow[]>(async (areaIds) => {
      const byArea = await findProgrammesOfAreas(db, areaIds);
      return areaIds.map((id) => byArea.get(id) ?? []);
    }),
  };
}
