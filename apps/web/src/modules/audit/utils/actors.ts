/** Actors that are not a user: the demo data seed, requests without a session, the CLI. */
export const systemActors = ["seed", "anonymous", "cli"] as const;

export type SystemActor = (typeof systemActors)[number];

export function isSystemActor(actor: string): actor is SystemActor {
  return (systemActors as readonly string[]).includes(actor);
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A long id shortened to its first characters, e.g. "3f2a9c1e…", enough to tell people
 * apart in a list; short ones ("seed", "anonymous") stay as they are.
 */
export function shortId(id: string): string {
  if (uuid.test(id)) return `${id.slice(0, 8)}…`;
  return id.length > 16 ? `${id.slice(0, 12)}…` : id;
}
