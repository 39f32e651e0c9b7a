import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { RequireAccess } from "../modules/account/components/RequireAccess.tsx";
import { ChangeLog } from "../modules/audit/components/ChangeLog.tsx";
import {
  type ChangeFilter,
  changeFilterFromSearch,
  changeFilterToSearch,
} from "../modules/audit/utils/changeFilter.ts";
import { PageHeader } from "../ui/PageHeader.tsx";

/**
 * Administration: the change log of all entities, for planners and admins. The filter lives
 * in the URL (?entity=&actor=&action=), so a link shows a colleague the same entries.
 */
export function ChangesPage() {
  const { t } = useTranslation();
  return (
    <RequireAccess audience="planning">
      {(viewer) => (
        <>
          <PageHeader title={t("audit.title")} lead={t("audit.lead")} />
          <FilteredChangeLog resolveActorNames={viewer.role === "ADMIN"} />
        </>
      )}
    </RequireAccess>
  );
}

function FilteredChangeLog({ resolveActorNames }: { resolveActorNames: boolean }) {
  const [params, setParams] = useSearchParams();
  const filter = changeFilterFromSearch(params);
  // Each filter is a step in the history: Back returns to the previous selection.
  const onFilterChange = (next: ChangeFilter) => setParams(changeFilterToSearch(next));
  const actorHref = (actor: string) =>
    actor === filter.actor ? undefined : `?${changeFilterToSearch({ ...filter, actor })}`;
  return (
    <ChangeLog
      filter={filter}
      onFilterChange={onFilterChange}
      resolveActorNames={resolveActorNames}
      actorHref={actorHref}
    />
  );
}
