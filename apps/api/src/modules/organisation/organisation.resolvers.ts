import type { Resolvers } from "../../generated/graphql.ts";
import {
  archiveCooperationAgreement,
  createCooperationAgreement,
  getCooperationAgreement,
  listCooperationAgreements,
  restoreCooperationAgreement,
  updateCooperationAgreement,
} from "./cooperation.service.ts";
import {
  archiveOrganisation,
  createOrganisation,
  getOrganisation,
  listOrganisations,
  restoreOrganisation,
  updateOrganisation,
} from "./organisation.service.ts";
import { acceptProposal, listProposals, proposeOrganisationChange, rejectProposal } from "./proposal.service.ts";

export const organisationResolvers: Resolvers = {
  Query: {
    organisations: async (_, { filter, first, after }, { db, loaders }) => {
      const page = await listOrganisations(db, filter ?? {}, { first, after });
      // Nested fields that point back at these organisations (an offer's operator, a partner)
      // then need no query, and their batching cannot depend on timing.
      for (const { node } of page.edges) loaders.organisationById.prime(node.id, node);
      return page;
    },
    organisation: async (_, { id }, { db, loaders }) => {
      const organisation = await getOrganisation(db, id);
      loaders.organisationById.prime(organisation.id, organisation);
      return organisation;
    },
    cooperationAgreements: (_, { filter, first, after }, { db }) =>
      listCooperationAgreements(db, filter ?? {}, { first, after }),
    cooperationAgreement: (_, { id }, { db }) => getCooperationAgreement(db, id),
    organisationChangeProposals: (_, { filter }, { db }) => listProposals(db, filter ?? {}),
  },
  Mutation: {
    createOrganisation: (_, { input }, { db, actor }) => createOrganisation(db, actor, input),
    updateOrganisation: (_, { id, input }, { db, actor }) => updateOrganisation(db, actor, id, input),
    archiveOrganisation: (_, { id }, { db, actor }) => archiveOrganisation(db, actor, id),
    restoreOrganisation: (_, { id }, { db, actor }) => restoreOrganisation(db, actor, id),
    createCooperationAgreement: (_, { input }, { db, actor }) => createCooperationAgreement(db, actor, input),
    updateCooperationAgreement: (_, { id, input }, { db, actor }) => updateCooperationAgreement(db, actor, id, input),
    archiveCooperationAgreement: (_, { id }, { db, actor }) => archiveCooperationAgreement(db, actor, id),
    restoreCooperationAgreement: (_, { id }, { db, actor }) => restoreCooperationAgreement(db, actor, id),
    proposeOrganisationChange: (_, { organisationId, input, comment }, { db, actor }) =>
      proposeOrganisationChange(db, actor, organisationId, input, comment),
    acceptOrganisationChangeProposal: (_, { id, comment }, { db, actor }) => acceptProposal(db, actor, id, comment),
    rejectOrganisationChangeProposal: (_, { id, comment }, { db, actor }) => rejectProposal(db, actor, id, comment),
  },
  OrganisationChangeProposal: {
    organisation: async (proposal, _, { loaders }) => {
      const organisation = await loaders.organisationById.load(proposal.organisationId);
      if (!organisation) throw new Error(`Organisation ${proposal.organisationId} of a proposal is missing`);
      return organisation;
    },
  },
  Organisation: {
    parent: (organisation, _, { loaders }) =>
      organisation.parentId ? loaders.organisationById.load(organisation.parentId) : null,
    children: (organisation, _, { loaders }) => loaders.organisationChildrenByParentId.load(organisation.id),
    contacts: (organisation, _, { loaders }) => loaders.organisationContactsByOrganisationId.load(organisation.id),
    cooperationAgreements: (organisation, _, { loaders }) =>
      loaders.cooperationAgreementsByOrganisationId.load(organisation.id),
  },
  CooperationAgreement: {
    partners: (agreement, _, { loaders }) => loaders.cooperationPartnersByAgreementId.load(agreement.id),
    projects: (agreement, _, { loaders }) => loaders.cooperationProjectsByAgreementId.load(agreement.id),
  },
  CooperationPartner: {
    organisation: async (partner, _, { loaders }) => {
      const organisation = await loaders.organisationById.load(partner.organisationId);
      // The foreign key (onDelete: Restrict) keeps every partner's organisation in place.
      if (!organisation) throw new Error(`Organisation ${partner.organisationId} of a cooperation partner is missing`);
      return organisation;
    },
  },
};
