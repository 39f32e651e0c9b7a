import DataLoader from "dataloader";
import type { Database } from "../../lib/db.ts";
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
export function groupBy<Row>(keys: readonly string[], rows: readonly Row[], keyOf: (row: Row) => string): Row[][] {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/** Per-request batching: one statement per relation for all organisations of a result. */
export function createOrganisationLoaders(db: Database) {
  return {
    /** Any organisation by id, archived ones too (an offer or child may point to one). */
    organisationById: new DataLoader<string, OrganisationRow | null>(async (ids) => {
      const byId = new Map((await findOrganisationsByIds(db, ids)).map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    organisationChildrenByParentId: new DataLoader<string, OrganisationRow[]>(async (parentIds) =>
      groupBy(parentIds, await findChildOrganisations(db, parentIds), (row) => row.parentId ?? ""),
    ),
    organisationContactsByOrganisationId: new DataLoader<string, OrganisationContactRow[]>(async (ids) =>
      groupBy(ids, await findContactsOf(db, ids), (row) => row.organisationId),
    ),
    cooperationAgreementsByOrganisationId: new DataLoader<string, CooperationAgreementRow[]>(async (ids) =>
      groupBy(ids, await findAgreementsOfOrganisations(db, ids), (row) => row.organisationId).map((rows) =>
        rows.map((row) => row.agreement),
      ),
    ),
    cooperationPartnersByAgreementId: new DataLoader<string, CooperationPartnerRow[]>(async (ids) =>
      groupBy(ids, await findPartnersOf(db, ids), (row) => row.agreementId),
    ),
    cooperationProjectsByAgreementId: new DataLoader<string, CooperationProjectRow[]>(async (ids) =>
      groupBy(ids, await findProjectsOf(db, ids), (row) => row.agreementId),
    ),
  };
}
export type OrganisationLoaders = ReturnType<typeof createOrganisationLoaders>;
