import { useMutation, useQuery } from "@apollo/client/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import {
  CreateIndicatorDocument,
  IndicatorCatalogueDocument,
  IndicatorDefinitionDocument,
  UpdateIndicatorDocument,
} from "../generated/documents/indicator.ts";
import { useFormatters } from "../i18n/format.ts";
import { graphqlErrorCode } from "../lib/apollo.ts";
import { RequireAccess } from "../modules/account/components/RequireAccess.tsx";
import { useViewer } from "../modules/account/hooks/useViewer.ts";
import { mayAccess } from "../modules/account/utils/roles.ts";
import { emptyIndicator, IndicatorForm, indicatorFormValues } from "../modules/indicator/components/IndicatorForm.tsx";
import { IndicatorDefinitionList } from "../modules/indicator/components/IndicatorMetadata.tsx";
import type { IndicatorMeta } from "../modules/indicator/utils/explorer.ts";
import { indicatorEditPath, indicatorPath } from "../modules/indicator/utils/paths.ts";
import { Badge } from "../ui/Badge.tsx";
import { Breadcrumbs } from "../ui/Breadcrumbs.tsx";
import { ButtonLink } from "../ui/ButtonLink.tsx";
import { Notice } from "../ui/Notice.tsx";
import { PageHeader } from "../ui/PageHeader.tsx";
import { LoadingState, QueryState } from "../ui/QueryState.tsx";

/** State handed to the definition page after creating an indicator. */
interface CreatedState {
  createdName: string;
}

function IndicatorBreadcrumbs({ current, parent }: { current: string; parent?: { label: string; to: string } }) {
  const { t } = useTranslation();
  return (
    <Breadcrumbs
      label={t("area.breadcrumbs")}
      items={[{ label: t("indicators.title"), to: "/indikatoren" }, ...(parent ? [parent] : []), { label: current }]}
    />
  );
}

function IndicatorNotFound({ indicatorKey }: { indicatorKey: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("indicators.notFoundTitle")} above={<IndicatorBreadcrumbs current={indicatorKey} />} />
      <Notice tone="info" className="narrow">
        <p>{t("indicators.notFoundText", { key: indicatorKey })}</p>
        <Link to="/indikatoren">{t("indicators.backToList")}</Link>
      </Notice>
    </>
  );
}

/** Loads one indicator's definition by key, with its not-found, loading and error states. */
function WithIndicator({
  indicatorKey,
  children,
}: {
  indicatorKey: string;
  children: (indicator: IndicatorMeta) => ReactNode;
}) {
  const { t } = useTranslation();
  const detail = useQuery(IndicatorDefinitionDocument, { variables: { key: indicatorKey } });
  if (graphqlErrorCode(detail.error) === "NOT_FOUND") return <IndicatorNotFound indicatorKey={indicatorKey} />;
  return (
    <QueryState
      data={detail.dataState === "complete" ? detail.data.indicatorByKey : undefined}
      error={detail.error}
      loading={
        <>
          <PageHeader title={indicatorKey} above={<IndicatorBreadcrumbs current={indicatorKey} />} />
          <div className="page-placeholder">
            <LoadingState label={t("indicators.definition.loading")} />
          </div>
        </>
      }
      onRetry={() => void detail.refetch()}
    >
      {children}
    </QueryState>
  );
}

/** `/indikatoren/:key`: the definition of an indicator, for everybody; planners may edit it. */
export function IndicatorPage() {
  const { key = "" } = useParams();
  return (
    <WithIndicator key={key} indicatorKey={key}>
      {(indicator) => <IndicatorDefinitionView indicator={indicator} />}
    </WithIndicator>
  );
}

function IndicatorDefinitionView({ indicator }: { indicator: IndicatorMeta }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const location = useLocation();
  const { viewer } = useViewer();
  const created = (location.state as Partial<CreatedState> | null)?.createdName;
  return (
    <>
      <PageHeader
        title={indicator.name}
        above={<IndicatorBreadcrumbs current={indicator.name} />}
        badge={indicator.isExample ? <Badge tone="notice">{t("indicators.example")}</Badge> : undefined}
        lead={t("indicators.definition.lead", { topic: indicator.topic, updatedAt: format.date(indicator.updatedAt) })}
      >
        <div className="page-header__actions">
          <ButtonLink to={`/indikatoren?ind=${encodeURIComponent(indicator.key)}`} variant="primary">
            {t("indicators.definition.explore")}
          </ButtonLink>
          {mayAccess(viewer?.role, "planning") ? (
            <ButtonLink to={indicatorEditPath(indicator.key)}>{t("indicators.definition.edit")}</ButtonLink>
          ) : null}
        </div>
      </PageHeader>
      {created ? (
        <Notice tone="success" role="status" className="page-notice">
          {t("indicators.definition.created", { name: created })}
        </Notice>
      ) : null}
      <section className="indicator-definition" aria-labelledby="indicator-definition-title">
        <h2 id="indicator-definition-title">{t("indicators.definition.heading")}</h2>
        <IndicatorDefinitionList indicator={indicator} />
      </section>
    </>
  );
}

function useTopics(): string[] {
  const catalogue = useQuery(IndicatorCatalogueDocument);
  const nodes = catalogue.dataState === "complete" ? catalogue.data.indicators.edges.map((edge) => edge.node) : [];
  return [...new Set(nodes.map((node) => node.topic))].sort((a, b) => a.localeCompare(b, "de"));
}

/** `/indikatoren/:key/bearbeiten`: planners change an indicator's definition. */
export function IndicatorEditPage() {
  const { key = "" } = useParams();
  return (
    <RequireAccess audience="planning">
      {() => (
        <WithIndicator key={key} indicatorKey={key}>
          {(indicator) => <IndicatorEditor indicator={indicator} />}
        </WithIndicator>
      )}
    </RequireAccess>
  );
}

function IndicatorEditor({ indicator }: { indicator: IndicatorMeta }) {
  const { t } = useTranslation();
  const topics = useTopics();
  const [updateIndicator] = useMutation(UpdateIndicatorDocument);
  const title = t("indicators.form.editTitle", { name: indicator.name });
  return (
    <>
      <PageHeader
        title={title}
        lead={t("indicators.form.editLead")}
        above={
          <IndicatorBreadcrumbs
            current={t("indicators.form.edit")}
            parent={{ label: indicator.name, to: indicatorPath(indicator.key) }}
          />
        }
      />
      <section className="panel panel--wide" aria-label={title}>
        <IndicatorForm
          mode="edit"
          initial={indicatorFormValues(indicator)}
          topics={topics}
          cancelTo={indicatorPath(indicator.key)}
          onSubmit={async (input) => {
            await updateIndicator({ variables: { id: indicator.id, input } });
          }}
        />
      </section>
    </>
  );
}

/** `/indikatoren/neu`: planners add an indicator definition. */
export function IndicatorCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const topics = useTopics();
  const [createIndicator] = useMutation(CreateIndicatorDocument, {
    // The catalogue must be fetched again to include the new indicator.
    update: (cache) => {
      cache.evict({ id: "ROOT_QUERY", fieldName: "indicators" });
      cache.gc();
    },
  });
  return (
    <RequireAccess audience="planning">
      {() => (
        <>
          <PageHeader
            title={t("indicators.form.createTitle")}
            lead={t("indicators.form.createLead")}
            above={<IndicatorBreadcrumbs current={t("indicators.form.createTitle")} />}
          />
          <section className="panel panel--wide" aria-label={t("indicators.form.createTitle")}>
            <IndicatorForm
              mode="create"
              initial={emptyIndicator}
              topics={topics}
              cancelTo="/indikatoren"
              onSubmit={async (input) => {
                const result = await createIndicator({ variables: { input } });
                const created = result.data?.createIndicator;
                if (!created) throw new Error("no indicator in the answer");
                const state: CreatedState = { createdName: created.name };
                await navigate(indicatorPath(created.key), { state });
              }}
            />
          </section>
        </>
      )}
    </RequireAccess>
  );
}
