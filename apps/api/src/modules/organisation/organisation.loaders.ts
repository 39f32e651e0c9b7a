import DataLoader from "dataloader";
import type { Database } from "../../lib/db.ts";
import { groupRows } from "../../lib/group-rows.ts";
import {
  type CooperationAgreementRow,
  type CooperationPartnerRow,
  type CooperationProjectRow,
  findAgreementsOfOrganisations,
  findPartnersOf,
  findProjectsOf,
} from "./cooperation.service.ts";
import {
  findChildOrganisations,
  findContactsOf,
  findOrganisationsByIds,
  type OrganisationContactRow,
  type OrganisationRow,
} from "./organisation.service.ts";

/** Groups rows by a key, keeping their order, and answers in the order of `keys`. */
/** Per-request batching: one statement per relation for all organisations of a result. */
export function createOrganisationLoaders(db: Database) {
  return {
    /** Any organisation by id, archived ones too (an offer or child may point to one). */
    organisationById: new DataLoader<string, OrganisationRow | null>(async (ids) => {
      const byId = new Map((await findOrganisationsByIds(db, ids)).map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    organisationChildrenByParentId: new DataLoader<string, OrganisationRow[]>(async (parentIds) =>
      groupRows(parentIds, await findChildOrganisations(db, parentIds), (row) => row.parentId ?? ""),
    ),
    organisationContactsByOrganisationId: new DataLoader<string, OrganisationContactRow[]>(async (ids) =>
      groupRows(ids, await findContactsOf(db, ids), (row) => row.organisationId),
    ),
    cooperationAgreementsByOrganisationId: new DataLoader<string, CooperationAgreementRow[]>(async (ids) =>
      groupRows(ids, await findAgreementsOfOrganisations(db, ids), (row) => row.organisationId).map((rows) =>
        rows.map((row) => row.agreement),
      ),
    ),
    cooperationPartnersByAgreementId: new DataLoader<string, CooperationPartnerRow[]>(async (ids) =>
      groupRows(ids, await findPartnersOf(db, ids), (row) => row.agreementId),
    ),
    cooperationProjectsByAgreementId: new DataLoader<string, CooperationProjectRow[]>(async (ids) =>
      groupRows(ids, await findProjectsOf(db, ids), (row) => row.agreementId),
    ),
  };
}
export type OrganisationLoaders = ReturnType<typeof createOrganisationLoaders>;
