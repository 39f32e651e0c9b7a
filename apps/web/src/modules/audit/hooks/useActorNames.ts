import { useQuery } from "@apollo/client/react";
import { useMemo } from "react";
import { ChangeActorNamesDocument } from "../../../generated/documents/audit.ts";

export interface ActorName {
  name: string;
  email: string;
}

/**
 * Names of the users who appear as actors, by user id. Only admins may list users, so for
 * everybody else (and if the list fails) there are no names and the raw actor is shown.
 */
export function useActorNames(enabled: boolean): ReadonlyMap<string, ActorName> | undefined {
  const result = useQuery(ChangeActorNamesDocument, { skip: !enabled });
  const users = result.dataState === "complete" ? result.data.users : undefined;
  return useMemo(() => (users ? new Map(users.map((user) => [user.id, user])) : undefined), [users]);
}
