import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { IndexWorkbenchDefinitionsDocument } from "../../../generated/documents/social-index.ts";
import { useFormatters } from "../../../i18n/format.ts";
import { Badge } from "../../../ui/Badge.tsx";
import { ButtonLink } from "../../../ui/ButtonLink.tsx";
import { QueryState } from "../../../ui/QueryState.tsx";
import { DataTable } from "../../../ui/Table.tsx";
import { AccessErrorState } from "../../account/components/RequireAccess.tsx";
import { newDefinitionPath, workbenchPath } from "../utils/workbenchParams.ts";

export const definitionsPageSize = 200;

/** The index definitions: name, key, version and last run, each with a link to copy it. */
export function IndexDefinitionList() {
  const { t } = useTranslation();
  const format = useFormatters();
  const query = useQuery(IndexWorkbenchDefinitionsDocument, { variables: { first: definitionsPageSize } });
  const data = query.dataState === "complete" ? query.data.indexDefinitions : undefined;
  return (
    <section className="index-list" aria-labelledby="index-list-title">
      <div className="toolbar">
        <h2 id="index-list-title" className="workbench__section-title">
          {t("indexWorkbench.list.title")}
        </h2>
        <ButtonLink to={newDefinitionPath()} variant="primary">
          {t("indexWorkbench.list.create")}
        </ButtonLink>
      </div>
      <div className="index-list__body">
        <QueryState
          data={data}
          error={query.error}
          renderError={(error) => <AccessErrorState error={error} onRetry={() => void query.refetch()} />}
          isEmpty={(connection) => connection.edges.length === 0}
          empty={t("indexWorkbench.list.empty")}
        >
          {(connection) => (
            <DataTable label={t("indexWorkbench.list.tableLabel")}>
              <caption className="visually-hidden">{t("indexWorkbench.list.tableLabel")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("indexWorkbench.list.name")}</th>
                  <th scope="col">{t("indexWorkbench.list.key")}</th>
                  <th scope="col" className="num">
                    {t("indexWorkbench.list.version")}
                  </th>
                  <th scope="col">{t("indexWorkbench.list.lastRun")}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t("indexWorkbench.list.actions")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {connection.edges.map(({ node }) => (
                  <tr key={node.id}>
                    <th scope="row">
                      <Link to={workbenchPath(node.key)}>{node.name}</Link>{" "}
                      {node.isExample ? <Badge tone="notice">{t("indexWorkbench.example")}</Badge> : null}
                    </th>
                    <td>
                      <code>{node.key}</code>
                    </td>
                    <td className="num">{format.number(node.version)}</td>
                    <td>
                      {node.latestRun
                        ? t("indexWorkbench.list.lastRunText", {
                            level: t(`levels.${node.latestRun.level}.one`),
                            date: format.date(node.latestRun.referenceDate),
                            version: node.latestRun.definitionVersion,
                            createdAt: format.dateTime(node.latestRun.createdAt),
                          })
                        : t("indexWorkbench.list.noRun")}
                    </td>
                    <td>
                      <Link
                        to={newDefinitionPath(node.key)}
                        aria-label={t("indexWorkbench.list.copyLabel", { name: node.name })}
                      >
                        {t("indexWorkbench.list.copy")}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )}
        </QueryState>
      </div>
    </section>
  );
}
