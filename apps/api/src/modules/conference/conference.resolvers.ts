import { suggestedFindingCategories } from "@sozialatlas/domain/conference";
import type { Resolvers } from "../../generated/graphql.ts";
import {
  archiveConference,
  createConference,
  getConference,
  listConferences,
  restoreConference,
  setRecommendationStatus,
  updateConference,
} from "./conference.service.ts";

const categoryLabels = new Map(suggestedFindingCategories.map((category) => [category.key, category.label]));

/** Foreign keys guarantee these rows; a missing one means a broken database, not bad input. */
function present<Row>(row: Row | null, what: string): Row {
  if (row === null) throw new Error(`${what} is missing`);
  return row;
}

export const conferenceResolvers: Resolvers = {
  Query: {
    conferences: (_, { filter, first, after }, { db }) => listConferences(db, filter, { first, after }),
    conference: (_, { id }, { db }) => getConference(db, id),
    findingCategories: () => [...suggestedFindingCategories],
  },
  Mutation: {
    createConference: (_, { input }, { db, actor }) => createConference(db, actor, input),
    updateConference: (_, { id, input }, { db, actor }) => updateConference(db, actor, id, input),
    archiveConference: (_, { id }, { db, actor }) => archiveConference(db, actor, id),
    restoreConference: (_, { id }, { db, actor }) => restoreConference(db, actor, id),
    setRecommendationStatus: (_, { id, status }, { db, actor }) => setRecommendationStatus(db, actor, id, status),
  },
  Conference: {
    areas: (conference, _, { loaders }) => loaders.conferenceAreas.load(conference.id),
    participants: (conference, _, { loaders }) => loaders.conferenceParticipants.load(conference.id),
    workingGroups: (conference, _, { loaders }) => loaders.conferenceWorkingGroups.load(conference.id),
    findings: (conference, _, { loaders }) => loaders.conferenceFindings.load(conference.id),
    recommendations: (conference, _, { loaders }) => loaders.conferenceRecommendations.load(conference.id),
  },
  ConferenceWorkingGroup: {
    findings: (group, _, { loaders }) => loaders.conferenceFindingsByWorkingGroupId.load(group.id),
  },
  ConferenceFinding: {
    conference: async (finding, _, { loaders }) =>
      present(await loaders.conferenceById.load(finding.conferenceId), `Conference ${finding.conferenceId}`),
    categoryLabel: (finding) => categoryLabels.get(finding.category) ?? finding.category,
    area: (finding, _, { loaders }) => (finding.areaId ? loaders.areaById.load(finding.areaId) : null),
    workingGroup: (finding, _, { loaders }) =>
      finding.workingGroupId ? loaders.conferenceWorkingGroupById.load(finding.workingGroupId) : null,
    recommendations: (finding, _, { loaders }) => loaders.conferenceRecommendationsByFindingId.load(finding.id),
  },
  ConferenceRecommendation: {
    conference: async (recommendation, _, { loaders }) =>
      present(
        await loaders.conferenceById.load(recommendation.conferenceId),
        `Conference ${recommendation.conferenceId}`,
      ),
    finding: (recommendation, _, { loaders }) =>
      recommendation.findingId ? loaders.conferenceFindingById.load(recommendation.findingId) : null,
    goals: (recommendation, _, { loaders }) => loaders.recommendationGoals.load(recommendation.id),
  },
  Area: {
    conferenceFindings: (area, _, { loaders }) => loaders.conferenceFindingsByAreaId.load(area.id),
  },
};
