import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useViewer } from "../modules/account/hooks/useViewer.ts";
import { DirectoryResults } from "../modules/directory/components/DirectoryResults.tsx";
import { DirectorySearchForm } from "../modules/directory/components/DirectorySearchForm.tsx";
import "../modules/directory/directory.css";
import {
  currentMinute,
  type DirectorySearch,
  parseDirectorySearch,
  toSearchParams,
} from "../modules/directory/utils/directoryParams.ts";
import { ButtonLink } from "../ui/ButtonLink.tsx";
import { PageHeader } from "../ui/PageHeader.tsx";

const managers = new Set(["PROVIDER", "PLANNER", "ADMIN"]);

/**
 * `/angebote?q=…&kategorie=…&kosten=FREE,REDUCED&…`: the public offer directory. The whole
 * search lives in the URL (see directoryParams.ts), so a search can be shared.
 */
export function DirectoryPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the search string is the identity of the search.
  const search = useMemo(() => parseDirectorySearch(params), [key]);
  const formKey = toSearchParams({ ...search, pages: 1 }).toString();
  // "Open now" means the moment the page was opened (a new search takes a new moment).
  const [now, setNow] = useState(() => currentMinute());

  const go = (next: DirectorySearch, replace = false) => {
    setNow(currentMinute());
    setParams(toSearchParams(next), { replace });
  };

  return (
    <>
      <PageHeader title={t("directory.title")} lead={t("directory.lead")}>
        {viewer && managers.has(viewer.role) ? (
          <p>
            <ButtonLink to="/angebote/verwalten">{t("directory.manage")}</ButtonLink>
          </p>
        ) : null}
      </PageHeader>
      {/* A new URL (back button, a link, the map) starts the form from the URL again. */}
      <DirectorySearchForm key={formKey} search={search} onSearch={(next) => go(next)} />
      <DirectoryResults
        search={search}
        now={now}
        // One more page is the same search: no new history entry, and "now" stays.
        onMore={() => setParams(toSearchParams({ ...search, pages: search.pages + 1 }), { replace: true })}
        onPickPoint={(point) => go({ ...search, near: point, pages: 1 })}
      />
    </>
  );
}
