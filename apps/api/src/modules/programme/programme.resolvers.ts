import { budgetByYear, fundingShares, occupancyRate, totalBudget } from "@sozialatlas/domain/programme";
import type { Resolvers } from "../../generated/graphql.ts";
import {
  archiveProgramme,
  createProgramme,
  getProgramme,
  listProgrammes,
  restoreProgramme,
  updateProgramme,
} from "./programme.service.ts";

export const programmeResolvers: Resolvers = {
  Query: {
    programmes: (_, { filter, first, after }, { db }) => listProgrammes(db, filter, { first, after }),
    programme: (_, { id }, { db }) => getProgramme(db, id),
  },
  Mutation: {
    createProgramme: (_, { input }, { db, actor }) => createProgramme(db, actor, input),
    updateProgramme: (_, { id, input }, { db, actor }) => updateProgramme(db, actor, id, input),
    archiveProgramme: (_, { id }, { db, actor }) => archiveProgramme(db, actor, id),
    restoreProgramme: (_, { id }, { db, actor }) => restoreProgramme(db, actor, id),
  },
  Programme: {
    leadOrganisation: (programme, _, { loaders }) =>
      programme.leadOrganisationId ? loaders.organisationById.load(programme.leadOrganisationId) : null,
    partners: (programme, _, { loaders }) => loaders.programmePartners.load(programme.id),
    areas: (programme, _, { loaders }) => loaders.programmeAreas.load(programme.id),
    budgetLines: (programme, _, { loaders }) => loaders.programmeBudgetLines.load(programme.id),
    totalBudget: async (programme, _, { loaders }) =>
      totalBudget(await loaders.programmeBudgetLines.load(programme.id)),
    budgetByYear: async (programme, _, { loaders }) =>
      budgetByYear(await loaders.programmeBudgetLines.load(programme.id)),
    fundingShares: async (programme, _, { loaders }) =>
      fundingShares(await loaders.programmeBudgetLines.load(programme.id)),
    occupancyRate: (programme) => occupancyRate(programme.placesPlanned, programme.placesFilled),
    results: (programme, _, { loaders }) => loaders.programmeResults.load(programme.id),
  },
  ProgrammePartner: {
    organisation: async (partner, _, { loaders }) => {
      // The foreign key (onDelete: Restrict) guarantees the row; null would be a broken database.
      const organisation = await loaders.organisationById.load(partner.organisationId);
      if (!organisation) throw new Error(`Organisation ${partner.organisationId} of a programme partner is missing`);
      return organisation;
    },
  },
  Area: {
    programmes: (area, _, { loaders }) => loaders.programmesByAreaId.load(area.id),
  },
};
