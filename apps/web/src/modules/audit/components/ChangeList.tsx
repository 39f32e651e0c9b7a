import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ChangeLogEntryFieldsFragment } from "../../../generated/graphql.ts";
import { useFormatters } from "../../../i18n/format.ts";
import { Button } from "../../../ui/Button.tsx";
import { DataTable } from "../../../ui/Table.tsx";
import type { ActorName } from "../hooks/useActorNames.ts";
import { shortId } from "../utils/actors.ts";
import { ChangeDetail } from "./ChangeDetail.tsx";
import { ActionBadge, ActorLabel, actorText, FieldSummary, useEntityLabel } from "./ChangeParts.tsx";

export interface ChangeListProps {
  entries: readonly ChangeLogEntryFieldsFragment[];
  /** Names of users by id (admins); without them actors are shown as recorded. */
  names?: ReadonlyMap<string, ActorName> | undefined;
  /** Where an actor leads: the list of only their changes. Undefined: the actor is plain text. */
  actorHref?: ((actor: string) => string | undefined) | undefined;
}

const columnCount = 6;

/** Change-log entries as a table: when, who, which object, what kind of change and which fields; each row opens its detail. */
export function ChangeList({ entries, names, actorHref }: ChangeListProps) {
  const { t } = useTranslation();
  return (
    <DataTable label={t("audit.tableCaption")}>
      <caption className="visually-hidden">{t("audit.tableCaption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("audit.columns.at")}</th>
          <th scope="col">{t("audit.columns.actor")}</th>
          <th scope="col">{t("audit.columns.entity")}</th>
          <th scope="col">{t("audit.columns.action")}</th>
          <th scope="col">{t("audit.columns.changes")}</th>
          <th scope="col">
            <span className="visually-hidden">{t("audit.columns.details")}</span>
          </th>
        </tr>
      </thead>
      {entries.map((entry) => (
        <ChangeEntry key={entry.id} entry={entry} names={names} actorHref={actorHref} />
      ))}
    </DataTable>
  );
}

/** One entry and its detail row: a tbody each, so the pair stays together. */
function ChangeEntry({
  entry,
  names,
  actorHref,
}: {
  entry: ChangeLogEntryFieldsFragment;
  names: ChangeListProps["names"];
  actorHref: ChangeListProps["actorHref"];
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const entityLabel = useEntityLabel();
  const [open, setOpen] = useState(false);
  const detailId = useId();
  const href = actorHref?.(entry.actor);
  const shortEntityId = shortId(entry.entityId);
  // An account that was changed reads better by its name, where names are known (admins).
  const entityName = entry.entity === "User" ? names?.get(entry.entityId)?.name : undefined;
  return (
    <tbody className="change-entry">
      <tr>
        <td className="nowrap">
          <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
        </td>
        <td className="nowrap">
          {href ? (
            <Link to={href} aria-label={t("audit.filterByActor", { actor: actorText(entry.actor, names) })}>
              <ActorLabel actor={entry.actor} names={names} />
            </Link>
          ) : (
            <ActorLabel actor={entry.actor} names={names} />
          )}
        </td>
        <td>
          <span className="change-entity">{entityLabel(entry.entity)}</span>{" "}
          {entityName ? (
            <span title={entry.entityId}>{entityName}</span>
          ) : (
            <span className="code muted" title={shortEntityId === entry.entityId ? undefined : entry.entityId}>
              {t("audit.entityId", { id: shortEntityId })}
            </span>
          )}
        </td>
        <td>
          <ActionBadge action={entry.action} />
        </td>
        <td className="change-entry__fields">
          <FieldSummary entry={entry} />
        </td>
        <td>
          <Button
            size="sm"
            variant="quiet"
            className="change-entry__toggle"
            aria-expanded={open}
            aria-controls={open ? detailId : undefined}
            aria-label={t("audit.detailsLabel", { id: entry.id })}
            onClick={() => setOpen((shown) => !shown)}
          >
            <span aria-hidden="true" className="change-entry__chevron" />
            {t("audit.showDetails")}
          </Button>
        </td>
      </tr>
      {open ? (
        <tr className="change-entry__detail" id={detailId}>
          <td colSpan={columnCount}>
            <ChangeDetail entry={entry} names={names} />
          </td>
        </tr>
      ) : null}
    </tbody>
  );
}
