// The mechanism of authorization: rules are small predicates over the viewer and the
// operation's arguments; `authorize` wraps every root field with the rule that
// `policies.ts` (the one place that defines them) gives it. A root field without a rule makes
// the schema refuse to build, so nothing can be left unguarded by accident.
import type { GraphQLFieldResolver } from "graphql";
import type { Context } from "../context.ts";
import type { Viewer } from "../modules/account/account.service.ts";
import { DomainError } from "./errors.ts";

export type Args = Record<string, unknown>;

/** Whether the viewer may run the field with these arguments; `true` means allowed. */
export interface Rule {
  /** For the method sheet of permissions and error messages, e.g. "planner or admin". */
  readonly describe: string;
  readonly requiresSignIn: boolean;
  check(viewer: Viewer | null, args: Args, ctx: Context): boolean | Promise<boolean>;
}

const rank = { VIEWER: 1, PROVIDER: 1, PLANNER: 2, ADMIN: 3 } as const;

export const anyone: Rule = { describe: "everybody", requiresSignIn: false, check: () => true };

export const signedIn: Rule = { describe: "signed-in users", requiresSignIn: true, check: (viewer) => viewer !== null };

/** Council staff and everybody above (planners, admins); providers are not council staff. */
export const viewers: Rule = {
  describe: "viewers, planners and admins",
  requiresSignIn: true,
  check: (viewer) => viewer !== null && viewer.role !== "PROVIDER",
};

export const planners: Rule = {
  describe: "planners and admins",
  requiresSignIn: true,
  check: (viewer) => viewer !== null && viewer.role !== "PROVIDER" && rank[viewer.role] >= rank.PLANNER,
};

export const admins: Rule = {
  describe: "admins",
  requiresSignIn: true,
  check: (viewer) => viewer?.role === "ADMIN",
};

/** Allowed when any of the rules allows. */
export function either(...rules: Rule[]): Rule {
  return {
    describe: rules.map((rule) => rule.describe).join(" or "),
    requiresSignIn: rules.every((rule) => rule.requiresSignIn),
    async check(viewer, args, ctx) {
      for (const rule of rules) if (await rule.check(viewer, args, ctx)) return true;
      return false;
    },
  };
}

/**
 * Providers acting for their own organisations: `organisationsOf` names the organisations the
 * operation touches (from arguments, or from the stored rows it changes); all of them must be
 * the viewer's.
 */
export function providerOf(organisationsOf: (args: Args, ctx: Context) => Promise<Array<string | null>>): Rule {
  return {
    describe: "providers of the organisation concerned",
    requiresSignIn: true,
    async check(viewer, args, ctx) {
      if (viewer?.role !== "PROVIDER") return false;
      const organisations = await organisationsOf(args, ctx);
      return (
        organisations.length > 0 && organisations.every((id) => id !== null && viewer.organisationIds.includes(id))
      );
    },
  };
}

export type Root = "Query" | "Mutation";
export type Policies = Record<Root, Record<string, Rule>> & {
  /** Fields of object types that reach protected data from public types, as "Type.field". */
  fields: Record<string, Rule>;
};
type FieldResolver = GraphQLFieldResolver<unknown, Context, Args>;

/**
 * Wraps every root field with its rule. Throws when a root field has no rule or a rule names
 * a field that does not exist (a stale policy is as suspicious as a missing one).
 */
export function authorize(
  roots: Record<Root, Record<string, FieldResolver>>,
  rootFields: Record<Root, string[]>,
  policies: Policies,
): Record<Root, Record<string, FieldResolver>> {
  const guarded: Record<Root, Record<string, FieldResolver>> = { Query: {}, Mutation: {} };
  for (const root of ["Query", "Mutation"] as const) {
    for (const field of Object.keys(policies[root])) {
      if (!rootFields[root].includes(field)) throw new Error(`policies.ts has a rule for unknown ${root}.${field}`);
    }
    for (const field of rootFields[root]) {
      const rule = policies[root][field];
      if (!rule) throw new Error(`No authorization rule for ${root}.${field}: add one to apps/api/src/policies.ts`);
      const resolve = roots[root][field];
      if (!resolve) throw new Error(`No resolver for ${root}.${field}`);
      guarded[root][field] = guard(rule, resolve);
    }
  }
  return guarded;
}

/** Wraps one resolver with its rule: UNAUTHENTICATED for the public, FORBIDDEN for others. */
export function guard(rule: Rule, resolve: FieldResolver): FieldResolver {
  return async (parent, args, ctx, info) => {
    if (!(await rule.check(ctx.viewer, args, ctx))) {
      throw ctx.viewer === null && rule.requiresSignIn
        ? new DomainError("UNAUTHENTICATED", "Sign in first", { deniedBy: "authorization" })
        : new DomainError("FORBIDDEN", `Only ${rule.describe} may do this`, { deniedBy: "authorization" });
    }
    return resolve(parent, args, ctx, info);
  };
}

/** The resolver of a field, or the default one (the parent's property of that name). */
export function fieldResolver(typeResolvers: Record<string, unknown> | undefined, field: string): FieldResolver {
  const own = typeResolvers?.[field];
  if (typeof own === "function") return own as FieldResolver;
  return (parent) => (parent as Record<string, unknown>)[field];
}
