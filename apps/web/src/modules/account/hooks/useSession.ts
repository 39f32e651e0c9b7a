import { useApolloClient, useMutation } from "@apollo/client/react";
import { useCallback } from "react";
import { useNavigate } from "react-router";
import { SignOutDocument } from "../../../generated/documents/account.ts";

/**
 * After the session changed (sign-in, sign-out, a redeemed link) every cached answer may be
 * wrong: what the API shows depends on the role. Resetting the store drops the cache and
 * refetches the queries on screen, the viewer among them.
 */
export function useSessionChanged(): () => Promise<void> {
  const client = useApolloClient();
  return useCallback(async () => {
    // A query that fails to refetch shows its own error state; the session change stands.
    await client.resetStore().catch(() => undefined);
  }, [client]);
}

/** Signs out, goes to the start page and forgets everything cached for the old session. */
export function useSignOut(): { signOut: () => Promise<void>; pending: boolean; error: Error | undefined } {
  const [mutate, { loading, error }] = useMutation(SignOutDocument);
  const sessionChanged = useSessionChanged();
  const navigate = useNavigate();
  const signOut = useCallback(async () => {
    await mutate();
    // Leave a protected page first, so its queries are not refetched without a session.
    // flushSync renders the start page (or its loading state) at once: in a transition
    // React would keep the protected page on screen while the start page's chunk loads,
    // and that page would send the signed-out viewer to the sign-in page instead.
    await navigate("/", { flushSync: true });
    await sessionChanged();
  }, [mutate, navigate, sessionChanged]);
  return { signOut, pending: loading, error };
}
