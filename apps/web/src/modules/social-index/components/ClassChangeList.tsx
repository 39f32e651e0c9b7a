import { useQuery } from "@apollo/client/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import {
  IndexWorkbenchClassChangesDocument,
  IndexWorkbenchComparableRunsDocument,
} from "../../../generated/documents/social-index.ts";
import type {
  IndexChangeDirection,
  IndexDynamicsClass,
  IndexStatusClass,
  IndexWorkbenchRunSummaryFragment,
} from "../../../generated/graphql.ts";
import { useFormatters } from "../../../i18n/format.ts";
import { Badge, type BadgeTone } from "../../../ui/Badge.tsx";
import { QueryState } from "../../../ui/QueryState.tsx";
import { DataTable } from "../../../ui/Table.tsx";
import { areaPath } from "../../area/utils/paths.ts";
import { changeDirections } from "../utils/indexClasses.ts";

export const comparableRunsPageSize = 100;

const directionTone: Record<IndexChangeDirection, BadgeTone> = {
  WORSE: "notice",
  BETTER: "success",
  MIXED: "neutral",
  NOT_COMPARABLE: "muted",
};

export interface ClassChangeListProps {
  run: IndexWorkbenchRunSummaryFragment;
  previousRun: IndexWorkbenchRunSummaryFragment | null;
  /** From the URL: a run id, "none", or null for the run's predecessor. */
  compare: string | null;
  onCompareChange: (compare: string | null) => void;
}

/**
 * The attention list: areas whose status or dynamics class differs between the run and the
 * run it is compared with — by default its predecessor of the same definition; any other run
 * of the same level can be chosen, e.g. the published index when a copy was changed.
 */
export function ClassChangeList({ run, previousRun, compare, onCompareChange }: ClassChangeListProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const selectId = useId();
  const comparable = useQuery(IndexWorkbenchComparableRunsDocument, {
    variables: { level: run.level, first: comparableRunsPageSize },
  });
  const others =
    comparable.dataState === "complete"
      ? comparable.data.indexRuns.edges.map((edge) => edge.node).filter((node) => node.id !== run.id)
      : [];
  const fromRunId = compare === "none" ? null : (compare ?? previousRun?.id ?? null);
  const changes = useQuery(IndexWorkbenchClassChangesDocument, {
    variables: { fromRunId: fromRunId ?? "", toRunId: run.id },
    skip: fromRunId === null,
  });
  const fromRun =
    others.find((other) => other.id === fromRunId) ?? (previousRun?.id === fromRunId ? previousRun : null);

  const runLabel = (other: IndexWorkbenchRunSummaryFragment) =>
    t("indexWorkbench.changes.runOption", {
      name: other.name,
      version: other.definitionVersion,
      date: format.date(other.referenceDate),
      createdAt: format.dateTime(other.createdAt),
      label: other.label ? ` – ${other.label}` : "",
    });
  const statusText = (value: IndexStatusClass | null) =>
    value ? t(`indexWorkbench.statusClass.${value}`) : t("indexWorkbench.unclassified");
  const dynamicsText = (value: IndexDynamicsClass | null) =>
    value ? t(`indexWorkbench.dynamicsClass.${value}`) : t("indexWorkbench.unclassified");

  const list = changes.dataState === "complete" ? changes.data.indexClassChanges : undefined;
  return (
    <section className="class-changes" aria-labelledby={`${selectId}-title`}>
      <h3 id={`${selectId}-title`} className="workbench__subtitle">
        {t("indexWorkbench.changes.title")}
      </h3>
      <div className="field workbench-field">
        <label className="field__label" htmlFor={selectId}>
          {t("indexWorkbench.changes.compareWith")}
        </label>
        <select
          id={selectId}
          className="field__input field__select"
          value={compare ?? (previousRun ? "" : "none")}
          onChange={(event) => onCompareChange(event.target.value === "" ? null : event.target.value)}
        >
          {previousRun ? (
            <option value="">{t("indexWorkbench.changes.previous", { run: runLabel(previousRun) })}</option>
          ) : null}
          <option value="none">{t("indexWorkbench.changes.noComparison")}</option>
          {others
            .filter((other) => other.id !== previousRun?.id)
            .map((other) => (
              <option key={other.id} value={other.id}>
                {runLabel(other)}
              </option>
            ))}
        </select>
      </div>
      <div className="class-changes__body">
        {fromRunId === null ? (
          <p className="state state--empty" role="status">
            {previousRun ? t("indexWorkbench.changes.chooseRun") : t("indexWorkbench.changes.noPreviousRun")}
          </p>
        ) : (
          <QueryState
            data={list}
            error={changes.error}
            onRetry={() => void changes.refetch()}
            isEmpty={(items) => items.length === 0}
            empty={t("indexWorkbench.changes.none", { run: fromRun ? runLabel(fromRun) : "" })}
          >
            {(items) => {
              const byDirection = new Map<IndexChangeDirection, number>();
              for (const item of items) byDirection.set(item.direction, (byDirection.get(item.direction) ?? 0) + 1);
              return (
                <>
                  <p className="class-changes__summary" aria-live="polite">
                    {t("indexWorkbench.changes.summary", { count: items.length })}{" "}
                    {changeDirections
                      .filter((direction) => byDirection.has(direction))
                      .map((direction) =>
                        t("indexWorkbench.changes.directionCount", {
                          direction: t(`indexWorkbench.direction.${direction}`),
                          count: byDirection.get(direction) ?? 0,
                        }),
                      )
                      .join(", ")}
                  </p>
                  <DataTable label={t("indexWorkbench.changes.tableLabel")}>
                    <caption className="visually-hidden">{t("indexWorkbench.changes.tableLabel")}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t("indexWorkbench.changes.area")}</th>
                        <th scope="col">{t("indexWorkbench.changes.status")}</th>
                        <th scope="col">{t("indexWorkbench.changes.dynamics")}</th>
                        <th scope="col">{t("indexWorkbench.changes.direction")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {items.map((item) => (
                        <tr key={item.area.id}>
                          <th scope="row">
                            <Link to={areaPath(item.area.code)}>{item.area.name}</Link>{" "}
                            <span className="class-changes__code">{item.area.code}</span>
                          </th>
                          <td>
                            {item.statusChanged
                              ? t("indexWorkbench.changes.fromTo", {
                                  from: statusText(item.previousStatusClass),
                                  to: statusText(item.currentStatusClass),
                                })
                              : t("indexWorkbench.changes.unchanged", { value: statusText(item.currentStatusClass) })}
                          </td>
                          <td>
                            {item.dynamicsChanged
                              ? t("indexWorkbench.changes.fromTo", {
                                  from: dynamicsText(item.previousDynamicsClass),
                                  to: dynamicsText(item.currentDynamicsClass),
                                })
                              : item.currentDynamicsClass
                                ? t("indexWorkbench.changes.unchanged", {
                                    value: dynamicsText(item.currentDynamicsClass),
                                  })
                                : t("common.noValue")}
                          </td>
                          <td>
                            <Badge tone={directionTone[item.direction]}>
                              {t(`indexWorkbench.direction.${item.direction}`)}
                            </Badge>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </DataTable>
                </>
              );
            }}
          </QueryState>
        )}
      </div>
    </section>
  );
}
