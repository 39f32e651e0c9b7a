import type { Context } from "../../context.ts";
import type { Resolvers } from "../../generated/graphql.ts";
import { DomainError } from "../../lib/errors.ts";
import {
  changePassword,
  createUser,
  getUser,
  issueAccountToken,
  listUsers,
  redeemAccountToken,
  signIn,
  signOut,
  updateUser,
} from "./account.service.ts";

const linkPath = { INVITATION: "/einladung", PASSWORD_RESET: "/passwort-zuruecksetzen" } as const;

export const accountResolvers: Resolvers = {
  Query: {
    me: (_, __, { viewer, db }) => (viewer ? getUser(db, viewer.id) : null),
    users: (_, __, { db }) => listUsers(db),
    user: (_, { id }, { db }) => getUser(db, id),
  },
  Mutation: {
    signIn: async (_, credentials, { db, session, client }) => {
      const { viewer, session: issued } = await signIn(db, credentials, client);
      session.set(issued);
      return getUser(db, viewer.id);
    },
    signOut: async (_, __, { db, session }) => {
      await signOut(db, session.token);
      session.clear();
      return true;
    },
    changePassword: async (_, { currentPassword, newPassword }, { db, viewer, session }) => {
      if (!viewer) throw new DomainError("UNAUTHENTICATED", "Sign in first");
      await changePassword(db, viewer, currentPassword, newPassword, session.token);
      return true;
    },
    createUser: (_, { input }, { db, actor }) => createUser(db, actor, input),
    updateUser: (_, { id, input }, { db, actor }) => updateUser(db, actor, id, input),
    issueInvitation: (_, { userId }, ctx) => issueLink(ctx, userId, "INVITATION"),
    issuePasswordReset: (_, { userId }, ctx) => issueLink(ctx, userId, "PASSWORD_RESET"),
    redeemAccountLink: async (_, { token, newPassword }, { db, session, client }) => {
      const { viewer, session: issued } = await redeemAccountToken(db, token, newPassword, client);
      session.set(issued);
      return getUser(db, viewer.id);
    },
  },
  User: {
    organisations: (user, _, { loaders }) => loaders.organisationsByUserId.load(user.id),
    disabled: (user) => user.disabledAt !== null,
    hasPassword: (user) => user.passwordHash !== null,
  },
};

async function issueLink(ctx: Context, userId: string, purpose: keyof typeof linkPath) {
  const { token, expiresAt, user } = await issueAccountToken(ctx.db, ctx.actor, userId, purpose);
  const url = `${ctx.publicUrl}${linkPath[purpose]}?token=${token}`;
  // The embedded setup has no mail server: the administrator copies the link from here or the log.
  ctx.log.info({ userId, email: user.email, purpose, url }, "account link issued");
  return { url, expiresAt };
}
