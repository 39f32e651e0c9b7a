import { useQuery } from "@apollo/client/react";
import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import { ProfileValuesDocument } from "../../../generated/documents/profile.ts";
import type { ProfileValuesQuery } from "../../../generated/graphql.ts";
import { referenceDatesOf } from "../utils/values.ts";
import { useUpdateSearch } from "./useUpdateSearch.ts";
import { useApiLocale } from "./useValueText.ts";

/** URL parameter of the Stichtag shown in the profile, e.g. ?stichtag=2020-12-31. */
export const profileDateParam = "stichtag";

export interface ProfileValues {
  data: ProfileValuesQuery["area"] | undefined;
  error: Error | undefined;
  refetch: () => void;
  /** The Stichtage with values, newest first. */
  dates: readonly string[];
  /** The Stichtag shown: the one in the URL if the area has values then, else the newest. */
  date: string | undefined;
  setDate: (date: string) => void;
}

/**
 * The stored values of an area and its ancestors, and the Stichtag chosen in the URL. Every
 * part of the profile that needs them calls this; Apollo asks the API once.
 */
export function useProfileValues(code: string): ProfileValues {
  const locale = useApiLocale();
  const [params] = useSearchParams();
  const updateSearch = useUpdateSearch();
  const result = useQuery(ProfileValuesDocument, { variables: { code, locale } });
  const data = result.dataState === "complete" ? result.data.area : undefined;
  const dates = useMemo(() => (data ? referenceDatesOf(data.observations) : []), [data]);
  const wanted = params.get(profileDateParam);
  const date = wanted && dates.includes(wanted) ? wanted : dates[0];
  const setDate = useCallback(
    (next: string) => updateSearch((params) => params.set(profileDateParam, next), { replace: true }),
    [updateSearch],
  );
  return { data, error: result.error, refetch: () => void result.refetch(), dates, date, setDate };
}
