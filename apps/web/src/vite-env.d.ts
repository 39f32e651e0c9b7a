/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** GraphQL endpoint; defaults to `/graphql` on the same origin. */
  readonly VITE_GRAPHQL_URL?: string;
  /** "false" hides the demo accounts on the sign-in page (for real installations). */
  readonly VITE_DEMO_HINT?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
