import { createHash, randomBytes } from "node:crypto";
import { passwordSchema, type Role, userInputSchema } from "@sozialatlas/domain/account";
import { z } from "zod";
import type { AuthTokenPurpose, User as UserRow } from "../../generated/prisma/client.ts";
import { recordChange } from "../../lib/change-log.ts";
import type { Database } from "../../lib/db.ts";
import { DomainError, notFound } from "../../lib/errors.ts";
import { assertId } from "../../lib/ids.ts";
import { hashPassword, verifyPassword } from "../../lib/passwords.ts";
import { RateLimiter } from "../../lib/rate-limit.ts";
import { invalidInput, parseInput } from "../../lib/validation.ts";

export type { UserRow };

/** The signed-in person as every request sees them. */
export interface Viewer {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Organisations the viewer belongs to (a provider manages their offers). */
  organisationIds: string[];
}

export interface IssuedSession {
  token: string;
  expiresAt: Date;
}

export const sessionIdleDays = 14;
const dayMs = 24 * 60 * 60 * 1000;
const tokenLifetimeMs: Record<AuthTokenPurpose, number> = { INVITATION: 7 * dayMs, PASSWORD_RESET: dayMs };

// 10 failed sign-ins per account and 50 attempts per IP address in 15 minutes.
export const signInLimits = {
  perAccount: new RateLimiter(10, 15 * 60_000),
  perIp: new RateLimiter(50, 15 * 60_000),
};

const newToken = () => randomBytes(32).toString("base64url");
const digest = (token: string) => createHash("sha256").update(token).digest("hex");
const wrongCredentials = () =>
  new DomainError("UNAUTHENTICATED", "E-Mail-Adresse oder Passwort ist falsch / wrong e-mail address or password");

async function toViewer(db: Database, user: UserRow): Promise<Viewer> {
  const memberships = await db.prisma.membership.findMany({
    where: { userId: user.id },
    select: { organisationId: true },
  });
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    organisationIds: memberships.map((m) => m.organisationId),
  };
}

async function startSession(db: Database, userId: string, client: { ip?: string; userAgent?: string }) {
  const token = newToken();
  const expiresAt = new Date(Date.now() + sessionIdleDays * dayMs);
  await db.prisma.session.create({
    data: { id: digest(token), userId, expiresAt, ip: client.ip, userAgent: client.userAgent?.slice(0, 300) },
  });
  return { token, expiresAt };
}

/**
 * Checks e-mail and password. The answer does not tell whether the e-mail exists; repeated
 * failures per account and per IP address are slowed down (RATE_LIMITED).
 */
export async function signIn(
  db: Database,
  credentials: { email: string; password: string },
  client: { ip?: string; userAgent?: string },
): Promise<{ viewer: Viewer; session: IssuedSession }> {
  const email = credentials.email.trim().toLowerCase();
  const ipKey = client.ip ?? "unknown";
  signInLimits.perIp.check(ipKey);
  signInLimits.perAccount.check(email);
  signInLimits.perIp.hit(ipKey);
  const user = await db.prisma.user.findUnique({ where: { email } });
  const valid = await verifyPassword(user?.passwordHash ?? null, credentials.password);
  if (!user || !valid || user.disabledAt) {
    signInLimits.perAccount.hit(email);
    throw wrongCredentials();
  }
  signInLimits.perAccount.reset(email);
  await db.prisma.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  return { viewer: await toViewer(db, user), session: await startSession(db, user.id, client) };
}

/** The viewer of a session cookie, or null when it is unknown, expired or the user is disabled. */
export async function viewerForSession(db: Database, token: string | undefined): Promise<Viewer | null> {
  if (!token || token.length > 100) return null;
  const session = await db.prisma.session.findUnique({ where: { id: digest(token) }, include: { user: true } });
  if (!session || session.expiresAt < new Date() || session.user.disabledAt) return null;
  // Sliding expiry, written at most once an hour per session.
  if (Date.now() - session.lastSeenAt.getTime() > 60 * 60_000) {
    await db.prisma.session.update({
      where: { id: session.id },
      data: { lastSeenAt: new Date(), expiresAt: new Date(Date.now() + sessionIdleDays * dayMs) },
    });
  }
  return toViewer(db, session.user);
}

export async function signOut(db: Database, token: string | undefined): Promise<void> {
  if (token) await db.prisma.session.deleteMany({ where: { id: digest(token) } });
}

export async function changePassword(
  db: Database,
  viewer: Viewer,
  currentPassword: string,
  newPassword: string,
  currentToken: string | undefined,
): Promise<void> {
  const next = parseInput(z.object({ newPassword: passwordSchema }), { newPassword }).newPassword;
  const user = await db.prisma.user.findUniqueOrThrow({ where: { id: viewer.id } });
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    throw invalidInput([{ field: "currentPassword", message: "is not your current password" }]);
  }
  await db.prisma.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash: await hashPassword(next), updatedBy: viewer.id },
    });
    // Other devices must sign in again with the new password.
    await tx.session.deleteMany({ where: { userId: user.id, NOT: { id: digest(currentToken ?? "") } } });
    await recordChange(tx, {
      actor: viewer.id,
      entity: "User",
      entityId: user.id,
      action: "UPDATE",
      before: { password: "…" },
      after: { password: "(changed)" },
    });
  });
}

async function checkOrganisations(db: Database, organisationIds: string[]): Promise<void> {
  const found = await db.prisma.organisation.findMany({ where: { id: { in: organisationIds } }, select: { id: true } });
  const known = new Set(found.map((o) => o.id));
  const errors = organisationIds.flatMap((id, index) =>
    known.has(id) ? [] : [{ field: `organisationIds.${index}`, message: "unknown organisation" }],
  );
  if (errors.length > 0) throw invalidInput(errors);
}

/** Creates a user (CLI, admin, demo seed); without a password they sign in after an invitation. */
export async function createUser(db: Database, actor: string, input: unknown, password?: string): Promise<UserRow> {
  const data = parseInput(userInputSchema, input);
  const passwordHash = password === undefined ? null : await hashPassword(parseInput(passwordSchema, password));
  await checkOrganisations(db, data.organisationIds);
  if (await db.prisma.user.findUnique({ where: { email: data.email } })) {
    throw invalidInput([{ field: "email", message: "is already used by another account" }]);
  }
  return db.prisma.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: {
        email: data.email,
        name: data.name,
        role: data.role,
        passwordHash,
        disabledAt: data.disabled ? new Date() : null,
        createdBy: actor,
        updatedBy: actor,
        memberships: { create: data.organisationIds.map((organisationId) => ({ organisationId, createdBy: actor })) },
      },
    });
    const { organisationIds, ...fields } = data;
    await recordChange(tx, {
      actor,
      entity: "User",
      entityId: user.id,
      action: "CREATE",
      after: { ...fields, organisationIds },
    });
    return user;
  });
}

export async function updateUser(db: Database, actor: string, id: string, input: unknown): Promise<UserRow> {
  const existing = await getUser(db, id);
  const data = parseInput(userInputSchema, input);
  await checkOrganisations(db, data.organisationIds);
  const clash = await db.prisma.user.findUnique({ where: { email: data.email } });
  if (clash && clash.id !== id) throw invalidInput([{ field: "email", message: "is already used by another account" }]);
  const before = await db.prisma.membership.findMany({ where: { userId: id }, select: { organisationId: true } });
  return db.prisma.$transaction(async (tx) => {
    const user = await tx.user.update({
      where: { id },
      data: {
        email: data.email,
        name: data.name,
        role: data.role,
        disabledAt: data.disabled ? (existing.disabledAt ?? new Date()) : null,
        updatedBy: actor,
      },
    });
    await tx.membership.deleteMany({ where: { userId: id } });
    await tx.membership.createMany({
      data: data.organisationIds.map((organisationId) => ({ userId: id, organisationId, createdBy: actor })),
    });
    if (data.disabled) await tx.session.deleteMany({ where: { userId: id } });
    await recordChange(tx, {
      actor,
      entity: "User",
      entityId: id,
      action: "UPDATE",
      before: {
        email: existing.email,
        name: existing.name,
        role: existing.role,
        disabled: existing.disabledAt !== null,
        organisationIds: before.map((m) => m.organisationId).sort(),
      },
      after: { ...data, organisationIds: [...data.organisationIds].sort() },
    });
    return user;
  });
}

export async function getUser(db: Database, id: string): Promise<UserRow> {
  const user = await db.prisma.user.findUnique({ where: { id: assertId("User", id) } });
  if (!user) throw notFound("User", id);
  return user;
}

export function listUsers(db: Database): Promise<UserRow[]> {
  return db.prisma.user.findMany({ orderBy: { email: "asc" } });
}

/** A one-time link token (invitation or password reset); only its digest is stored. */
export async function issueAccountToken(
  db: Database,
  actor: string,
  userId: string,
  purpose: AuthTokenPurpose,
): Promise<{ token: string; expiresAt: Date; user: UserRow }> {
  const user = await getUser(db, userId);
  const token = newToken();
  const expiresAt = new Date(Date.now() + tokenLifetimeMs[purpose]);
  await db.prisma.authToken.create({ data: { id: digest(token), userId, purpose, expiresAt, createdBy: actor } });
  return { token, expiresAt, user };
}

/** Sets the password from an invitation or reset link and signs the user in. */
export async function redeemAccountToken(
  db: Database,
  token: string,
  newPassword: string,
  client: { ip?: string; userAgent?: string },
): Promise<{ viewer: Viewer; session: IssuedSession }> {
  const password = parseInput(z.object({ newPassword: passwordSchema }), { newPassword }).newPassword;
  const stored = await db.prisma.authToken.findUnique({ where: { id: digest(token) }, include: { user: true } });
  if (!stored || stored.usedAt || stored.expiresAt < new Date() || stored.user.disabledAt) {
    throw new DomainError("UNAUTHENTICATED", "This link is invalid or has expired; ask an administrator for a new one");
  }
  await db.prisma.$transaction(async (tx) => {
    await tx.authToken.update({ where: { id: stored.id }, data: { usedAt: new Date() } });
    await tx.user.update({ where: { id: stored.userId }, data: { passwordHash: await hashPassword(password) } });
    await tx.session.deleteMany({ where: { userId: stored.userId } });
  });
  return { viewer: await toViewer(db, stored.user), session: await startSession(db, stored.userId, client) };
}
