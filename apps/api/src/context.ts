import type { Database } from "./lib/db.ts";
import type { Logger } from "./lib/logger.ts";
import { createAccountLoaders } from "./modules/account/account.loaders.ts";
import type { IssuedSession, Viewer } from "./modules/account/account.service.ts";
import { createAreaLoaders } from "./modules/area/area.loaders.ts";
import { createConferenceLoaders } from "./modules/conference/conference.loaders.ts";
import { createIndicatorLoaders } from "./modules/indicator/indicator.loaders.ts";
import { createMeasureLoaders } from "./modules/measure/measure.loaders.ts";
import { createOfferLoaders } from "./modules/offer/offer.loaders.ts";
import { createOrganisationLoaders } from "./modules/organisation/organisation.loaders.ts";
import { createProgrammeLoaders } from "./modules/programme/programme.loaders.ts";
import { createSocialIndexLoaders } from "./modules/social-index/social-index.loaders.ts";

/** Everything a resolver may use, created fresh for every request. */
export interface Context {
  db: Database;
  requestId: string;
  log: Logger;
  /** The signed-in user, or null for the public. */
  viewer: Viewer | null;
  /** Who acts: the viewer's id, recorded in createdBy/updatedBy and the change log; "anonymous" otherwise. */
  actor: string;
  /** The session cookie of this request: its token, and setting or clearing it in the response. */
  session: SessionCookie;
  client: { ip?: string; userAgent?: string };
  /** Base URL of the app for links (invitations), e.g. http://localhost:4000. */
  publicUrl: string;
  loaders: ReturnType<typeof createLoaders>;
}

export interface SessionCookie {
  token: string | undefined;
  set(session: IssuedSession): void;
  clear(): void;
}

/** A session holder for requests without HTTP (tests, scripts): remembers what was set. */
export function memorySession(token?: string): SessionCookie {
  const holder: SessionCookie = {
    token,
    set: (session) => {
      holder.token = session.token;
    },
    clear: () => {
      holder.token = undefined;
    },
  };
  return holder;
}

export interface ContextOptions {
  viewer?: Viewer | null;
  session?: SessionCookie;
  client?: Context["client"];
  publicUrl?: string;
}

export function createLoaders(db: Database) {
  return {
    ...createAccountLoaders(db),
    ...createAreaLoaders(db),
    ...createIndicatorLoaders(db),
    ...createOrganisationLoaders(db),
    ...createOfferLoaders(db),
    ...createProgrammeLoaders(db),
    ...createMeasureLoaders(db),
    ...createConferenceLoaders(db),
    ...createSocialIndexLoaders(db),
  };
}

export function createContext(db: Database, requestId: string, log: Logger, options: ContextOptions = {}): Context {
  const viewer = options.viewer ?? null;
  return {
    db,
    requestId,
    log,
    viewer,
    actor: viewer?.id ?? "anonymous",
    session: options.session ?? memorySession(),
    client: options.client ?? {},
    publicUrl: options.publicUrl ?? "http://localhost:4000",
    loaders: createLoaders(db),
  };
}
