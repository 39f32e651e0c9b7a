import { useQuery } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ChangeListDocument } from "../../../generated/documents/audit.ts";
import type { ChangeListQuery } from "../../../generated/graphql.ts";
import { useFormatters } from "../../../i18n/format.ts";
import { Button } from "../../../ui/Button.tsx";
import { SelectField, TextField } from "../../../ui/FormField.tsx";
import { Notice } from "../../../ui/Notice.tsx";
import { QueryState } from "../../../ui/QueryState.tsx";
import { AccessErrorState } from "../../account/components/RequireAccess.tsx";
import { useActorNames } from "../hooks/useActorNames.ts";
import {
  type ChangeFilter,
  changeActions,
  changedEntities,
  isChangeAction,
  isChangedEntity,
  isFiltered,
  toApiFilter,
} from "../utils/changeFilter.ts";
import { ChangeList } from "./ChangeList.tsx";
import { useEntityLabel } from "./ChangeParts.tsx";

/** Entries per page: enough to scan a working day, small enough to load fast. */
export const changePageSize = 50;

export interface ChangeLogProps {
  filter: ChangeFilter;
  onFilterChange: (filter: ChangeFilter) => void;
  /** Admins may list users: actors are then shown by name. */
  resolveActorNames: boolean;
  /** Where an actor leads (the list of only their changes). */
  actorHref?: (actor: string) => string | undefined;
}

/** The change log of all entities, newest first, filtered on the server, page by page. */
export function ChangeLog({ filter, onFilterChange, resolveActorNames, actorHref }: ChangeLogProps) {
  const { t } = useTranslation();
  const names = useActorNames(resolveActorNames);
  const list = useQuery(ChangeListDocument, {
    variables: { filter: toApiFilter(filter), first: changePageSize },
    // The log grows with every change elsewhere: show what is cached, then the latest.
    fetchPolicy: "cache-and-network",
  });
  const changes = list.dataState === "complete" ? list.data.changes : undefined;
  return (
    <>
      <ChangeFilterBar filter={filter} onFilterChange={onFilterChange} />
      <QueryState
        data={changes}
        error={list.error}
        renderError={(error) => <AccessErrorState error={error} onRetry={() => void list.refetch()} />}
        isEmpty={(page) => page.edges.length === 0}
        empty={isFiltered(filter) ? t("audit.noMatch") : t("audit.empty")}
      >
        {(page) => (
          <ChangePages
            // A new filter starts a new list: no "load more" state carries over.
            key={JSON.stringify(toApiFilter(filter) ?? {})}
            page={page}
            names={names}
            actorHref={actorHref}
            loadMore={async (after) => {
              await list.fetchMore({ variables: { after } });
            }}
          />
        )}
      </QueryState>
    </>
  );
}

function ChangePages({
  page,
  names,
  actorHref,
  loadMore,
}: {
  page: ChangeListQuery["changes"];
  names: ReturnType<typeof useActorNames>;
  actorHref: ChangeLogProps["actorHref"];
  loadMore: (after: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [more, setMore] = useState<{ loading: boolean; failed: boolean }>({ loading: false, failed: false });
  const entries = page.edges.map((edge) => edge.node);
  const after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;

  const onLoadMore = async (cursor: string) => {
    setMore({ loading: true, failed: false });
    try {
      await loadMore(cursor);
      setMore({ loading: false, failed: false });
    } catch {
      setMore({ loading: false, failed: true });
    }
  };

  return (
    <>
      <p className="result-count" aria-live="polite">
        {t("audit.resultCount", {
          count: page.totalCount,
          total: format.number(page.totalCount),
          shown: format.number(entries.length),
        })}
      </p>
      <ChangeList entries={entries} names={names} actorHref={actorHref} />
      {more.failed ? (
        <Notice tone="error" role="alert" className="page-notice">
          {t("audit.loadMoreFailed")}
        </Notice>
      ) : null}
      {after ? (
        <div className="load-more">
          <Button onClick={() => void onLoadMore(after)} disabled={more.loading} aria-busy={more.loading}>
            {more.loading ? t("audit.loadingMore") : t("audit.loadMore")}
          </Button>
        </div>
      ) : null}
    </>
  );
}

/**
 * Type and action apply when chosen; the actor (an exact id) when confirmed with Enter or
 * when the field is left, so no request goes out for every letter typed.
 */
function ChangeFilterBar({ filter, onFilterChange }: Pick<ChangeLogProps, "filter" | "onFilterChange">) {
  const { t } = useTranslation();
  const entityLabel = useEntityLabel();
  const [actor, setActor] = useState(filter.actor ?? "");
  // The actor can also change from outside (a link in the table, Back): follow it.
  const [shownActor, setShownActor] = useState(filter.actor);
  if (shownActor !== filter.actor) {
    setShownActor(filter.actor);
    setActor(filter.actor ?? "");
  }
  const commitActor = () => {
    const next = actor.trim() || undefined;
    if (next !== filter.actor) onFilterChange({ ...filter, actor: next });
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    commitActor();
  };
  return (
    <form className="filter-bar filter-bar--row change-filter" aria-label={t("audit.filters")} onSubmit={onSubmit}>
      <SelectField
        label={t("audit.entityFilter")}
        value={filter.entity ?? ""}
        onChange={(event) => {
          const value = event.target.value;
          onFilterChange({ ...filter, entity: isChangedEntity(value) ? value : undefined });
        }}
      >
        <option value="">{t("audit.allEntities")}</option>
        {changedEntities.map((entity) => (
          <option key={entity} value={entity}>
            {entityLabel(entity)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t("audit.actorFilter")}
        hint={t("audit.actorHint")}
        value={actor}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => setActor(event.target.value)}
        onBlur={commitActor}
      />
      <SelectField
        label={t("audit.actionFilter")}
        value={filter.action ?? ""}
        onChange={(event) => {
          const value = event.target.value;
          onFilterChange({ ...filter, action: isChangeAction(value) ? value : undefined });
        }}
      >
        <option value="">{t("audit.allActions")}</option>
        {changeActions.map((action) => (
          <option key={action} value={action}>
            {t(`audit.actions.${action}`)}
          </option>
        ))}
      </SelectField>
      {isFiltered(filter) ? (
        <Button variant="quiet" className="change-filter__reset" onClick={() => onFilterChange({})}>
          {t("audit.resetFilter")}
        </Button>
      ) : null}
    </form>
  );
}
