import { useMutation, useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import {
  CreateIndexDefinitionDocument,
  IndexWorkbenchDefinitionDocument,
  IndexWorkbenchDefinitionsDocument,
} from "../../../generated/documents/social-index.ts";
import { Breadcrumbs } from "../../../ui/Breadcrumbs.tsx";
import { ButtonLink } from "../../../ui/ButtonLink.tsx";
import { PageHeader } from "../../../ui/PageHeader.tsx";
import { QueryState } from "../../../ui/QueryState.tsx";
import { AccessErrorState } from "../../account/components/RequireAccess.tsx";
import { copyKey, type DefinitionFormValues, definitionFormValues, emptyDefinition } from "../utils/definitionForm.ts";
import { workbenchPath } from "../utils/workbenchParams.ts";
import { IndexDefinitionForm } from "./IndexDefinitionForm.tsx";
import { definitionsPageSize } from "./IndexDefinitionList.tsx";
import { runsPageSize } from "./IndexDefinitionWorkbench.tsx";

/**
 * A new definition, empty or as a copy of `template` (its key and name marked as a copy):
 * the way to try other weights or thresholds without touching a published index.
 */
export function NewIndexDefinition({ template }: { template: string | null }) {
  const { t } = useTranslation();
  const title = template ? t("indexWorkbench.newFromTitle", { key: template }) : t("indexWorkbench.newTitle");
  return (
    <>
      <PageHeader
        title={title}
        lead={template ? t("indexWorkbench.newFromLead") : t("indexWorkbench.newLead")}
        above={
          <Breadcrumbs
            label={t("indexWorkbench.breadcrumbs")}
            items={[{ label: t("indexWorkbench.title"), to: "/indizes" }, { label: title }]}
          />
        }
      />
      <section className="panel workbench-panel" aria-label={title}>
        {template ? <CopyForm template={template} /> : <CreateForm initial={emptyDefinition()} />}
      </section>
    </>
  );
}

function CopyForm({ template }: { template: string }) {
  const { t } = useTranslation();
  const source = useQuery(IndexWorkbenchDefinitionDocument, { variables: { key: template, runsFirst: runsPageSize } });
  const list = useQuery(IndexWorkbenchDefinitionsDocument, { variables: { first: definitionsPageSize } });
  const initial =
    source.dataState === "complete" && list.dataState === "complete"
      ? definitionFormValues(source.data.indexDefinitionByKey, {
          key: copyKey(
            template,
            new Set(list.data.indexDefinitions.edges.map((edge) => edge.node.key)),
            t("indexWorkbench.copyKeySuffix"),
          ),
          name: t("indexWorkbench.copyName", { name: source.data.indexDefinitionByKey.name }),
        })
      : undefined;
  return (
    <QueryState
      data={initial}
      error={source.error ?? list.error}
      renderError={(error) => <AccessErrorState error={error} onRetry={() => void source.refetch()} />}
    >
      {(values) => <CreateForm initial={values} />}
    </QueryState>
  );
}

function CreateForm({ initial }: { initial: DefinitionFormValues }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [createDefinition] = useMutation(CreateIndexDefinitionDocument, {
    // The list must be fetched again to include the new definition.
    update: (cache) => {
      cache.evict({ id: "ROOT_QUERY", fieldName: "indexDefinitions" });
      cache.gc();
    },
  });
  return (
    <IndexDefinitionForm
      mode="create"
      initial={initial}
      nextVersion={1}
      onSubmit={async (input) => {
        const result = await createDefinition({ variables: { input } });
        const created = result.data?.createIndexDefinition;
        if (!created) throw new Error("no definition in the answer");
        await navigate(workbenchPath(created.key));
      }}
      secondaryAction={
        <ButtonLink to="/indizes" variant="quiet">
          {t("indexWorkbench.form.cancel")}
        </ButtonLink>
      }
    />
  );
}
