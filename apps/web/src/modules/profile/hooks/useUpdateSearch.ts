import { useCallback } from "react";
import { useLocation, useNavigate } from "react-router";

/** A query string with readable lists: commas need no escaping in a query (RFC 3986), e.g. ?gebiete=01100101,01100102. */
export function readableSearch(params: URLSearchParams): string {
  const search = params.toString().replaceAll("%2C", ",");
  return search ? `?${search}` : "";
}

/**
 * Changes query parameters of the current page (view state lives in the URL) and keeps lists
 * readable, unlike `setSearchParams`, which escapes every comma.
 */
export function useUpdateSearch(): (
  update: (params: URLSearchParams) => void,
  options?: { replace?: boolean },
) => void {
  const location = useLocation();
  const navigate = useNavigate();
  return useCallback(
    (update, options = {}) => {
      const params = new URLSearchParams(location.search);
      update(params);
      navigate(
        { pathname: location.pathname, search: readableSearch(params) },
        { replace: options.replace ?? false, preventScrollReset: true },
      );
    },
    [location.pathname, location.search, navigate],
  );
}
