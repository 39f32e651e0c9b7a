import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import { DirectoryOfferDocument } from "../generated/documents/directory.ts";
import { graphqlErrorCode } from "../lib/apollo.ts";
import { OfferDetail } from "../modules/directory/components/OfferDetail.tsx";
import "../modules/directory/directory.css";
import { currentMinute } from "../modules/directory/utils/directoryParams.ts";
import { Badge } from "../ui/Badge.tsx";
import { Breadcrumbs } from "../ui/Breadcrumbs.tsx";
import { PageHeader } from "../ui/PageHeader.tsx";
import { LoadingState, QueryState } from "../ui/QueryState.tsx";

/** `/angebote/:id`: one offer of the public directory. */
export function OfferDetailPage() {
  const { id = "" } = useParams();
  // Keyed by id so that moving to another offer starts from a clean state.
  return <OfferDetailView key={id} id={id} />;
}

function OfferDetailView({ id }: { id: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const [now] = useState(() => currentMinute());
  const detail = useQuery(DirectoryOfferDocument, { variables: { id, at: now.toISOString() } });
  const code = graphqlErrorCode(detail.error);
  const crumbs = (name: string) => (
    <Breadcrumbs
      label={t("directory.detail.breadcrumbs")}
      items={[{ label: t("directory.title"), to: "/angebote" }, { label: name }]}
    />
  );

  // An unknown id, or one that is not an id at all.
  if (code === "NOT_FOUND" || code === "BAD_USER_INPUT") {
    return (
      <>
        <PageHeader title={t("directory.detail.notFoundTitle")} above={crumbs(t("directory.detail.notFoundTitle"))} />
        <div className="state state--empty" role="status">
          <p>{t("directory.detail.notFoundText")}</p>
          <Link to="/angebote">{t("directory.detail.back")}</Link>
        </div>
      </>
    );
  }

  return (
    <QueryState
      data={detail.dataState === "complete" ? detail.data.offer : undefined}
      error={detail.error}
      onRetry={() => void detail.refetch()}
      loading={
        <>
          <PageHeader title={t("directory.title")} />
          <LoadingState />
        </>
      }
    >
      {(offer) => (
        <>
          <PageHeader
            title={offer.name}
            above={crumbs(offer.name)}
            lead={offer.organisation.name}
            badge={
              offer.status === "ACTIVE" ? undefined : (
                <Badge tone={offer.status === "ENDED" ? "muted" : "notice"}>
                  {t(`directory.detail.status.${offer.status}`)}
                </Badge>
              )
            }
          />
          <OfferDetail offer={offer} now={now} shareUrl={`${window.location.origin}${location.pathname}`} />
        </>
      )}
    </QueryState>
  );
}
