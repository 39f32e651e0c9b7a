import { useQuery } from "@apollo/client/react";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { EntityHistoryDocument } from "../../../generated/documents/audit.ts";
import type { ChangeLogEntryFieldsFragment } from "../../../generated/graphql.ts";
import { useFormatters } from "../../../i18n/format.ts";
import { Button } from "../../../ui/Button.tsx";
import { QueryState } from "../../../ui/QueryState.tsx";
import { AccessErrorState } from "../../account/components/RequireAccess.tsx";
import type { ActorName } from "../hooks/useActorNames.ts";
import { isChangedField } from "../utils/changeRows.ts";
import {
  ActionBadge,
  ActorLabel,
  FieldName,
  FieldSummary,
  useChangeRows,
  useEntityLabel,
  ValueText,
} from "./ChangeParts.tsx";

export interface ChangeDetailProps {
  entry: ChangeLogEntryFieldsFragment;
  names?: ReadonlyMap<string, ActorName> | undefined;
}

/** Everything about one entry: who, when, which object, every field in full, and on request the object's history. */
export function ChangeDetail({ entry, names }: ChangeDetailProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const entityLabel = useEntityLabel();
  const [showHistory, setShowHistory] = useState(false);
  const historyId = useId();
  const known = names?.get(entry.actor);
  return (
    <div className="change-detail">
      <dl className="change-detail__facts">
        <dt>{t("audit.detail.entry")}</dt>
        <dd>{entry.id}</dd>
        <dt>{t("audit.detail.at")}</dt>
        <dd>
          <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
        </dd>
        <dt>{t("audit.detail.actor")}</dt>
        <dd>
          {known ? `${known.name} (${known.email}) · ` : null}
          <span className="code break-all">{entry.actor}</span>
        </dd>
        <dt>{t("audit.detail.entity")}</dt>
        <dd>
          {entityLabel(entry.entity)} · <span className="code break-all">{entry.entityId}</span>
        </dd>
      </dl>
      <FieldTable entry={entry} />
      <div className="change-detail__history">
        <Button
          size="sm"
          aria-expanded={showHistory}
          aria-controls={showHistory ? historyId : undefined}
          onClick={() => setShowHistory((shown) => !shown)}
        >
          {t("audit.detail.showHistory")}
        </Button>
        {showHistory ? (
          <section id={historyId} aria-label={t("audit.detail.historyTitle")}>
            <EntityHistory entry={entry} names={names} />
          </section>
        ) : null}
      </div>
    </div>
  );
}

/** Every recorded field in full: before and after for updates, the value otherwise. */
function FieldTable({ entry }: { entry: ChangeLogEntryFieldsFragment }) {
  const { t } = useTranslation();
  const rows = useChangeRows(entry);
  if (rows.length === 0) return <p className="muted">{t("audit.detail.noFields")}</p>;
  const withDiff = rows.some(isChangedField);
  return (
    <table className="table change-detail__fields">
      <caption className="visually-hidden">{t("audit.detail.fieldsCaption", { id: entry.id })}</caption>
      <thead>
        <tr>
          <th scope="col">{t("audit.detail.field")}</th>
          {withDiff ? (
            <>
              <th scope="col">{t("audit.detail.from")}</th>
              <th scope="col">{t("audit.detail.to")}</th>
            </>
          ) : (
            <th scope="col">{t("audit.detail.value")}</th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.field}>
            <th scope="row">
              <FieldName field={row.field} />
            </th>
            {isChangedField(row) ? (
              <>
                <td>
                  <ValueText value={row.from} whole />
                </td>
                <td>
                  <ValueText value={row.to} whole />
                </td>
              </>
            ) : (
              // In an update, a field recorded without before/after shows its value as "after".
              <td colSpan={withDiff ? 2 : 1}>
                <ValueText value={row.value} whole />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** All entries of the entry's object, newest first, with this entry marked. */
function EntityHistory({ entry, names }: ChangeDetailProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const history = useQuery(EntityHistoryDocument, { variables: { entity: entry.entity, entityId: entry.entityId } });
  return (
    <QueryState
      data={history.dataState === "complete" ? history.data.changeLog : undefined}
      error={history.error}
      renderError={(error) => <AccessErrorState error={error} onRetry={() => void history.refetch()} />}
    >
      {(entries) => (
        <>
          <h3 className="change-detail__history-title">{t("audit.detail.historyTitle")}</h3>
          <p className="result-count">{t("audit.detail.historyCount", { count: entries.length })}</p>
          <ol className="plain-list change-history">
            {entries.map((item) => (
              <li
                key={item.id}
                className="change-history__item"
                aria-current={item.id === entry.id ? "true" : undefined}
              >
                <p className="change-history__head">
                  <time dateTime={item.at}>{format.dateTime(item.at)}</time> ·{" "}
                  <ActorLabel actor={item.actor} names={names} /> <ActionBadge action={item.action} />
                  {item.id === entry.id ? <span className="muted"> ({t("audit.detail.thisEntry")})</span> : null}
                </p>
                <FieldSummary entry={item} />
              </li>
            ))}
          </ol>
        </>
      )}
    </QueryState>
  );
}
