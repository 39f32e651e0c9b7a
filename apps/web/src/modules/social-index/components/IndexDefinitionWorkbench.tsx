import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  IndexWorkbenchComparableRunsDocument,
  IndexWorkbenchDefinitionDocument,
  IndexWorkbenchMethodSheetDocument,
  UpdateIndexDefinitionDocument,
} from "../../../generated/documents/social-index.ts";
import type { IndexWorkbenchDefinitionQuery } from "../../../generated/graphql.ts";
import { useFormatters } from "../../../i18n/format.ts";
import { graphqlErrorCode } from "../../../lib/apollo.ts";
import { Badge } from "../../../ui/Badge.tsx";
import { Breadcrumbs } from "../../../ui/Breadcrumbs.tsx";
import { ButtonLink } from "../../../ui/ButtonLink.tsx";
import { PageHeader } from "../../../ui/PageHeader.tsx";
import { EmptyState, QueryState } from "../../../ui/QueryState.tsx";
import { TabPanel, Tabs } from "../../../ui/Tabs.tsx";
import { AccessErrorState } from "../../account/components/RequireAccess.tsx";
import { useApiLocale } from "../hooks/useApiLocale.ts";
import { definitionFormValues } from "../utils/definitionForm.ts";
import { newDefinitionPath, type WorkbenchTab, type WorkbenchView, workbenchTabs } from "../utils/workbenchParams.ts";
import { comparableRunsPageSize } from "./ClassChangeList.tsx";
import { IndexDefinitionForm } from "./IndexDefinitionForm.tsx";
import { IndexRunForm } from "./IndexRunForm.tsx";
import { IndexRunView } from "./IndexRunView.tsx";
import { MethodSheet } from "./MethodSheet.tsx";

export const runsPageSize = 100;

type Definition = IndexWorkbenchDefinitionQuery["indexDefinitionByKey"];

export interface IndexDefinitionWorkbenchProps {
  definitionKey: string;
  view: WorkbenchView;
  onViewChange: (patch: Partial<WorkbenchView>) => void;
  /** The key changed on saving: the page moves to the new address. */
  onKeyChange: (key: string) => void;
}

/** One definition: its result (run, map, changes), its editor and its method sheet, as tabs. */
export function IndexDefinitionWorkbench({
  definitionKey,
  view,
  onViewChange,
  onKeyChange,
}: IndexDefinitionWorkbenchProps) {
  const { t } = useTranslation();
  const query = useQuery(IndexWorkbenchDefinitionDocument, {
    variables: { key: definitionKey, runsFirst: runsPageSize },
  });
  const definition = query.dataState === "complete" ? query.data.indexDefinitionByKey : undefined;
  const crumbs = (
    <Breadcrumbs
      label={t("indexWorkbench.breadcrumbs")}
      items={[{ label: t("indexWorkbench.title"), to: "/indizes" }, { label: definition?.name ?? definitionKey }]}
    />
  );
  return (
    <>
      <PageHeader
        title={definition?.name ?? t("indexWorkbench.title")}
        lead={
          definition ? t("indexWorkbench.definitionLead", { key: definition.key, version: definition.version }) : null
        }
        above={crumbs}
        badge={definition?.isExample ? <Badge tone="notice">{t("indexWorkbench.example")}</Badge> : undefined}
      >
        {definition ? (
          <div className="page-header__actions">
            <ButtonLink to={newDefinitionPath(definition.key)} size="sm">
              {t("indexWorkbench.copy")}
            </ButtonLink>
          </div>
        ) : null}
      </PageHeader>
      <QueryState
        data={definition}
        error={query.error}
        renderError={(error) =>
          graphqlErrorCode(error) === "NOT_FOUND" ? (
            <EmptyState>{t("indexWorkbench.notFound", { key: definitionKey })}</EmptyState>
          ) : (
            <AccessErrorState error={error} onRetry={() => void query.refetch()} />
          )
        }
      >
        {(current) => (
          <DefinitionTabs
            definition={current}
            view={view}
            onViewChange={onViewChange}
            onKeyChange={onKeyChange}
            refetch={() => void query.refetch()}
          />
        )}
      </QueryState>
    </>
  );
}

function DefinitionTabs({
  definition,
  view,
  onViewChange,
  onKeyChange,
  refetch,
}: {
  definition: Definition;
  view: WorkbenchView;
  onViewChange: (patch: Partial<WorkbenchView>) => void;
  onKeyChange: (key: string) => void;
  refetch: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const runs = definition.runs.edges.map((edge) => edge.node);
  const selectedRunId = view.run && runs.some((run) => run.id === view.run) ? view.run : (runs[0]?.id ?? null);
  const selectedRun = runs.find((run) => run.id === selectedRunId);
  // A new definition has no runs: its first run defaults to the newest Stichtag of any run of the level.
  const comparable = useQuery(IndexWorkbenchComparableRunsDocument, {
    variables: { level: selectedRun?.level ?? "PLANUNGSRAUM", first: comparableRunsPageSize },
  });
  const anyRunDate =
    comparable.dataState === "complete" ? comparable.data.indexRuns.edges[0]?.node.referenceDate : undefined;

  const tabs = workbenchTabs.map((id) => ({
    id,
    label: t(`indexWorkbench.tabs.${id}`),
    meta: id === "result" ? String(definition.runs.totalCount) : undefined,
  }));
  return (
    <>
      <Tabs
        label={t("indexWorkbench.tabsLabel")}
        idPrefix="workbench"
        items={tabs}
        selected={view.tab}
        onSelect={(tab: WorkbenchTab) => onViewChange({ tab })}
      />
      <TabPanel idPrefix="workbench" selected={view.tab}>
        {view.tab === "result" ? (
          <div className="workbench__result">
            <IndexRunForm
              // A new default date once runs are known: the form starts again from it.
              key={selectedRun?.referenceDate ?? anyRunDate ?? "none"}
              definitionId={definition.id}
              defaultLevel={selectedRun?.level ?? "PLANUNGSRAUM"}
              defaultDate={selectedRun?.referenceDate ?? anyRunDate ?? ""}
              onRan={(run) => {
                refetch();
                onViewChange({ run: run.id, compare: null });
              }}
            />
            {runs.length === 0 ? (
              <EmptyState>{t("indexWorkbench.noRuns")}</EmptyState>
            ) : (
              <>
                <div className="field workbench-field">
                  <label className="field__label" htmlFor="workbench-run">
                    {t("indexWorkbench.runSelect")}
                  </label>
                  <select
                    id="workbench-run"
                    className="field__input field__select"
                    value={selectedRunId ?? ""}
                    onChange={(event) => onViewChange({ run: event.target.value, compare: null })}
                  >
                    {runs.map((run) => (
                      <option key={run.id} value={run.id}>
                        {t("indexWorkbench.runOption", {
                          version: run.definitionVersion,
                          level: t(`levels.${run.level}.one`),
                          date: format.date(run.referenceDate),
                          createdAt: format.dateTime(run.createdAt),
                          label: run.label ? ` – ${run.label}` : "",
                        })}
                      </option>
                    ))}
                  </select>
                </div>
                {selectedRunId ? (
                  <IndexRunView key={selectedRunId} runId={selectedRunId} view={view} onViewChange={onViewChange} />
                ) : null}
              </>
            )}
          </div>
        ) : null}
        {view.tab === "definition" ? (
          <EditDefinition definition={definition} onKeyChange={onKeyChange} refetch={refetch} />
        ) : null}
        {view.tab === "method" ? <DefinitionMethodSheet definitionKey={definition.key} /> : null}
      </TabPanel>
    </>
  );
}

function EditDefinition({
  definition,
  onKeyChange,
  refetch,
}: {
  definition: Definition;
  onKeyChange: (key: string) => void;
  refetch: () => void;
}) {
  const { t } = useTranslation();
  const [updateDefinition] = useMutation(UpdateIndexDefinitionDocument);
  // The form keeps what was typed; it starts from the stored definition once.
  const [initial] = useState(() => definitionFormValues(definition));
  return (
    <section className="panel workbench-panel" aria-label={t("indexWorkbench.tabs.definition")}>
      <p className="field__hint">{t("indexWorkbench.form.editHint")}</p>
      <IndexDefinitionForm
        mode="edit"
        initial={initial}
        nextVersion={definition.version + 1}
        onSubmit={async (input) => {
          const result = await updateDefinition({ variables: { id: definition.id, input } });
          const saved = result.data?.updateIndexDefinition;
          if (!saved) throw new Error("no definition in the answer");
          if (saved.key !== definition.key) onKeyChange(saved.key);
          else refetch();
        }}
      />
    </section>
  );
}

function DefinitionMethodSheet({ definitionKey }: { definitionKey: string }) {
  const locale = useApiLocale();
  // Always asked again: the definition may have been edited since the sheet was loaded.
  const query = useQuery(IndexWorkbenchMethodSheetDocument, {
    variables: { key: definitionKey, locale },
    fetchPolicy: "cache-and-network",
  });
  const sheet = query.dataState === "complete" ? query.data.indexDefinitionByKey.methodSheet : undefined;
  return (
    <section className="panel workbench-panel method-sheet-panel">
      <QueryState data={sheet} error={query.error} onRetry={() => void query.refetch()}>
        {(text) => <MethodSheet sheet={text} headingLevel={2} />}
      </QueryState>
    </section>
  );
}
