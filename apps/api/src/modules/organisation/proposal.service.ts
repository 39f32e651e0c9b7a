import { organisationInputSchema } from "@sozialatlas/domain/organisation";
import type { OrganisationChangeProposal, Prisma, ProposalStatus } from "../../generated/prisma/client.ts";
import { recordChange } from "../../lib/change-log.ts";
import type { Database } from "../../lib/db.ts";
import { DomainError, notFound } from "../../lib/errors.ts";
import { assertId } from "../../lib/ids.ts";
import { invalidInput, parseInput } from "../../lib/validation.ts";
import { getOrganisation, updateOrganisation } from "./organisation.service.ts";

export type ProposalRow = OrganisationChangeProposal;
const entity = "OrganisationChangeProposal";

const note = (comment: string | null | undefined, field: string, required: boolean) => {
  const text = comment?.trim() ?? "";
  if (required && text === "") throw invalidInput([{ field, message: "is required" }]);
  if (text.length > 2000) throw invalidInput([{ field, message: "must have at most 2000 characters" }]);
  return text === "" ? null : text;
};

/** A provider's proposal: validated now, applied only when a planner accepts it. */
export async function proposeOrganisationChange(
  db: Database,
  actor: string,
  organisationId: string,
  rawInput: unknown,
  comment: string | null | undefined,
): Promise<ProposalRow> {
  const organisation = await getOrganisation(db, organisationId);
  if (organisation.archivedAt) throw new DomainError("CONFLICT", `Organisation ${organisationId} is archived`);
  const proposed = parseInput(organisationInputSchema, rawInput);
  const text = note(comment, "comment", false);
  return db.prisma.$transaction(async (tx) => {
    const proposal = await tx.organisationChangeProposal.create({
      data: { organisationId, proposed: proposed as Prisma.InputJsonValue, comment: text, proposedBy: actor },
    });
    await recordChange(tx, {
      actor,
      entity,
      entityId: proposal.id,
      action: "CREATE",
      after: { organisationId, comment: text },
    });
    return proposal;
  });
}

export function listProposals(
  db: Database,
  filter: { organisationId?: string | null; status?: ProposalStatus | null },
) {
  if (filter.organisationId) assertId("Organisation", filter.organisationId);
  return db.prisma.organisationChangeProposal.findMany({
    where: { organisationId: filter.organisationId ?? undefined, status: filter.status ?? undefined },
    orderBy: [{ proposedAt: "desc" }, { id: "asc" }],
  });
}

export async function getProposal(db: Database, id: string): Promise<ProposalRow> {
  const proposal = await db.prisma.organisationChangeProposal.findUnique({ where: { id: assertId(entity, id) } });
  if (!proposal) throw notFound(entity, id);
  return proposal;
}

async function decide(db: Database, actor: string, id: string, status: ProposalStatus, comment: string | null) {
  return db.prisma.$transaction(async (tx) => {
    // Only a pending proposal changes, even when two planners decide at the same moment.
    const { count } = await tx.organisationChangeProposal.updateMany({
      where: { id, status: "PENDING" },
      data: { status, decisionComment: comment, decidedBy: actor, decidedAt: new Date() },
    });
    if (count === 0) throw new DomainError("CONFLICT", "This proposal has already been decided");
    await recordChange(tx, {
      actor,
      entity,
      entityId: id,
      action: "UPDATE",
      before: { status: "PENDING" },
      after: { status, decisionComment: comment },
    });
    return tx.organisationChangeProposal.findUniqueOrThrow({ where: { id } });
  });
}

/**
 * Applies the proposed master data through updateOrganisation (same validation, same change
 * log), then marks the proposal accepted. If applying fails, the proposal stays pending.
 */
export async function acceptProposal(db: Database, actor: string, id: string, comment?: string | null) {
  const proposal = await getProposal(db, id);
  if (proposal.status !== "PENDING") throw new DomainError("CONFLICT", "This proposal has already been decided");
  await updateOrganisation(db, actor, proposal.organisationId, proposal.proposed);
  return decide(db, actor, id, "ACCEPTED", note(comment, "comment", false));
}

export async function rejectProposal(db: Database, actor: string, id: string, comment: string) {
  await getProposal(db, id);
  return decide(db, actor, id, "REJECTED", note(comment, "comment", true));
}
