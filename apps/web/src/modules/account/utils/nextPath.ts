export const signInRoute = "/anmelden";

/** Pages not worth returning to after signing in (the sign-in itself, one-time links). */
const noReturnPaths = new Set([signInRoute, "/einladung", "/passwort-zuruecksetzen"]);

// A base that cannot be reached: only used to resolve and compare relative paths.
const probeOrigin = "http://sozialatlas.invalid";

/**
 * The path to continue to after signing in. Only paths on this site are accepted, so a
 * crafted link (`?next=//evil.example`, `?next=https://…`) cannot send the user elsewhere;
 * anything else, and the sign-in and one-time-link pages, give `fallback`.
 */
export function safeNextPath(raw: string | null | undefined, fallback = "/"): string {
  if (!raw?.startsWith("/") || raw.startsWith("//") || raw.includes("\\")) return fallback;
  let url: URL;
  try {
    url = new URL(raw, probeOrigin);
  } catch {
    return fallback;
  }
  // The URL parser drops tabs and line breaks, which could turn "/\t/host" into "//host".
  if (url.origin !== probeOrigin || noReturnPaths.has(url.pathname)) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page, returning to `next` afterwards (omitted for the start page). */
export function signInPath(next?: string): string {
  const target = safeNextPath(next);
  return target === "/" ? signInRoute : `${signInRoute}?next=${encodeURIComponent(target)}`;
}
