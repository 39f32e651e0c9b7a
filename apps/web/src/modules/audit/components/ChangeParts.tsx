import { useTranslation } from "react-i18next";
import type { ChangeAction, ChangeLogEntryFieldsFragment } from "../../../generated/graphql.ts";
import { Badge, type BadgeTone } from "../../../ui/Badge.tsx";
import { cx } from "../../../ui/cx.ts";
import type { ActorName } from "../hooks/useActorNames.ts";
import { useValueFormat } from "../hooks/useValueFormat.ts";
import { isSystemActor, shortId } from "../utils/actors.ts";
import { isChangedEntity } from "../utils/changeFilter.ts";
import { type ChangeRow, type DisplayValue, isChangedField, toChangeRows } from "../utils/changeRows.ts";

// The text says what happened; the tone only helps scanning a long list.
const actionTone: Record<ChangeAction, BadgeTone> = {
  CREATE: "success",
  UPDATE: "neutral",
  ARCHIVE: "muted",
  RESTORE: "notice",
  VERIFY: "success",
  SUBMIT: "notice",
  PUBLISH: "success",
  RETURN: "notice",
};

export function ActionBadge({ action }: { action: ChangeAction }) {
  const { t } = useTranslation();
  return <Badge tone={actionTone[action]}>{t(`audit.actions.${action}`)}</Badge>;
}

/** The entity type in the reader's language; a type this app does not know yet keeps the API's name. */
export function useEntityLabel(): (entity: string) => string {
  const { t } = useTranslation();
  return (entity) => (isChangedEntity(entity) ? t(`audit.entities.${entity}`) : entity);
}

/** The text an actor is shown with: a user's name if known, else the (shortened) id. */
export function actorText(actor: string, names: ReadonlyMap<string, ActorName> | undefined): string {
  return names?.get(actor)?.name ?? shortId(actor);
}

/**
 * Who made a change: a user's name when known (admins), otherwise the raw actor, a long id
 * shortened with the whole id in the title; system actors are explained in the title.
 */
export function ActorLabel({ actor, names }: { actor: string; names?: ReadonlyMap<string, ActorName> | undefined }) {
  const { t } = useTranslation();
  const known = names?.get(actor);
  if (known) return <span title={`${known.email} · ${actor}`}>{known.name}</span>;
  if (isSystemActor(actor)) return <span title={t(`audit.systemActors.${actor}`)}>{actor}</span>;
  const short = shortId(actor);
  return (
    <span className="code" title={short === actor ? undefined : actor}>
      {short}
    </span>
  );
}

/** A recorded value; shortened ones carry the whole text in their title. */
export function ValueText({ value, whole = false }: { value: DisplayValue; whole?: boolean }) {
  return (
    <span
      className={cx("change-value", value.empty && "change-value--empty", whole && "change-value--whole")}
      title={whole ? undefined : value.full}
    >
      {whole ? (value.full ?? value.text) : value.text}
    </span>
  );
}

export function FieldName({ field }: { field: string }) {
  const { t } = useTranslation();
  return <span className="change-field">{field || t("audit.detail.value")}</span>;
}

/** One field as "field: old → new" (update) or "field: value" (creation and others). */
export function FieldLine({ row }: { row: ChangeRow }) {
  const { t } = useTranslation();
  return (
    <>
      <FieldName field={row.field} />
      {": "}
      {isChangedField(row) ? (
        <>
          <ValueText value={row.from} />{" "}
          <span aria-hidden="true" className="change-arrow">
            →
          </span>
          {/* The arrow is for the eye; screen readers hear the words. */}
          <span className="visually-hidden"> {t("audit.changedTo")}</span> <ValueText value={row.to} />
        </>
      ) : (
        <ValueText value={row.value} />
      )}
    </>
  );
}

/** The rows of an entry, formatted in the active language. */
export function useChangeRows(entry: Pick<ChangeLogEntryFieldsFragment, "changes" | "action">): ChangeRow[] {
  const format = useValueFormat();
  return toChangeRows(entry.changes, format, { action: entry.action });
}

/** The first few changed fields of an entry, then how many more there are. */
export function FieldSummary({
  entry,
  limit = 3,
}: {
  entry: Pick<ChangeLogEntryFieldsFragment, "changes" | "action">;
  limit?: number;
}) {
  const { t } = useTranslation();
  const rows = useChangeRows(entry);
  if (rows.length === 0) return <span className="muted">{t("audit.noFields")}</span>;
  const shown = rows.length > limit + 1 ? rows.slice(0, limit) : rows;
  return (
    <ul className="plain-list change-summary">
      {shown.map((row) => (
        <li key={row.field}>
          <FieldLine row={row} />
        </li>
      ))}
      {shown.length < rows.length ? (
        <li className="muted">{t("audit.moreFields", { count: rows.length - shown.length })}</li>
      ) : null}
    </ul>
  );
}
