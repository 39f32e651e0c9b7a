import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import {
  CreateOfferDocument,
  OfferEditorDocument,
  OfferOrganisationOptionsDocument,
  UpdateOfferDocument,
} from "../generated/documents/offer.ts";
import type { OfferEditorFieldsFragment } from "../generated/graphql.ts";
import { graphqlErrorCode } from "../lib/apollo.ts";
import { AccessErrorState, RequireAccess } from "../modules/account/components/RequireAccess.tsx";
import type { Viewer } from "../modules/account/hooks/useViewer.ts";
import { OfferForm } from "../modules/offer/components/OfferForm.tsx";
import { OfferWorkflowPanel } from "../modules/offer/components/OfferWorkflowPanel.tsx";
import "../modules/offer/offer.css";
import { emptyOffer, offerToValues } from "../modules/offer/utils/offerForm.ts";
import { Breadcrumbs } from "../ui/Breadcrumbs.tsx";
import { Notice } from "../ui/Notice.tsx";
import { PageHeader } from "../ui/PageHeader.tsx";
import { QueryState } from "../ui/QueryState.tsx";

/** Passed to the editor of a new offer, so it can say that the offer was created. */
interface OfferCreatedState {
  createdName: string;
}

/** /angebote/neu: a new offer, for one of the provider's organisations (planners: any). */
export function OfferCreatePage() {
  return (
    <RequireAccess audience="signedIn">
      {(viewer) => (
        <OffersAllowed viewer={viewer}>
          <OfferCreator viewer={viewer} />
        </OffersAllowed>
      )}
    </RequireAccess>
  );
}

/** /angebote/:id/bearbeiten: an offer with its workflow; providers only reach their own. */
export function OfferEditPage() {
  const { id = "" } = useParams();
  return (
    <RequireAccess audience="signedIn">
      {(viewer) => (
        <OffersAllowed viewer={viewer}>
          <OfferEditor key={id} id={id} viewer={viewer} />
        </OffersAllowed>
      )}
    </RequireAccess>
  );
}

/** Council staff (VIEWER) read offers in the directory; they do not maintain them. */
function OffersAllowed({ viewer, children }: { viewer: Viewer; children: React.ReactNode }) {
  const { t } = useTranslation();
  if (viewer.role !== "VIEWER") return <>{children}</>;
  return (
    <>
      <PageHeader title={t("offerAdmin.viewerNotAllowedTitle")} />
      <Notice tone="info" className="narrow">
        <p>{t("offerAdmin.viewerNotAllowed")}</p>
        <Link to="/angebote">{t("offerAdmin.toDirectory")}</Link>
      </Notice>
    </>
  );
}

/** The organisations an offer may belong to: a provider's own, all for planners. */
function useOrganisationChoices(viewer: Viewer) {
  const isProvider = viewer.role === "PROVIDER";
  const options = useQuery(OfferOrganisationOptionsDocument, { skip: isProvider });
  if (isProvider) return { organisations: viewer.organisations, error: undefined };
  return {
    organisations:
      options.dataState === "complete" ? options.data.organisations.edges.map((edge) => edge.node) : undefined,
    error: options.error,
  };
}

function OfferCreator({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [createOffer] = useMutation(CreateOfferDocument);
  const choices = useOrganisationChoices(viewer);
  const title = t("offerAdmin.editor.createTitle");
  return (
    <>
      <PageHeader title={title} lead={t("offerAdmin.editor.createLead")} above={<OfferBreadcrumbs current={title} />} />
      {viewer.role === "PROVIDER" && viewer.organisations.length === 0 ? (
        <Notice tone="info" className="narrow">
          {t("offerAdmin.noOrganisation")}
        </Notice>
      ) : (
        <QueryState data={choices.organisations} error={choices.error}>
          {(organisations) => (
            <section className="panel panel--wide" aria-label={title}>
              <OfferForm
                mode="create"
                initial={emptyOffer(viewer.role === "PROVIDER" ? (organisations[0]?.id ?? "") : "")}
                organisations={organisations}
                onSubmit={async (input) => {
                  const result = await createOffer({ variables: { input } });
                  const created = result.data?.createOffer;
                  if (!created) throw new Error("createOffer returned nothing");
                  const state: OfferCreatedState = { createdName: created.name };
                  await navigate(`/angebote/${created.id}/bearbeiten`, { state });
                }}
              />
            </section>
          )}
        </QueryState>
      )}
    </>
  );
}

function OfferEditor({ id, viewer }: { id: string; viewer: Viewer }) {
  const { t } = useTranslation();
  const detail = useQuery(OfferEditorDocument, { variables: { id } });
  const code = graphqlErrorCode(detail.error);
  const offer = detail.dataState === "complete" ? detail.data.offer : undefined;
  // The API lets everybody read a published offer; editing is for its organisation's providers
  // and for planners, so a provider never gets another organisation's offer in the editor.
  const notTheirs =
    offer !== undefined &&
    viewer.role === "PROVIDER" &&
    !viewer.organisations.some((organisation) => organisation.id === offer.organisation.id);
  if (code === "NOT_FOUND" || code === "BAD_USER_INPUT" || code === "FORBIDDEN" || notTheirs) {
    const title = t("offerAdmin.editor.notFoundTitle");
    return (
      <>
        <PageHeader title={title} above={<OfferBreadcrumbs current={title} />} />
        <Notice tone="info" className="narrow">
          <p>{t("offerAdmin.editor.notFoundText")}</p>
          <Link to="/angebote/verwalten">{t("offerAdmin.editor.back")}</Link>
        </Notice>
      </>
    );
  }
  return (
    <QueryState
      data={offer}
      error={detail.error}
      renderError={(error) => <AccessErrorState error={error} onRetry={() => void detail.refetch()} />}
    >
      {(loaded) => <OfferDetail offer={loaded} viewer={viewer} />}
    </QueryState>
  );
}

function OfferDetail({ offer, viewer }: { offer: OfferEditorFieldsFragment; viewer: Viewer }) {
  const { t } = useTranslation();
  const location = useLocation();
  const [updateOffer] = useMutation(UpdateOfferDocument);
  const [dirty, setDirty] = useState(false);
  const choices = useOrganisationChoices(viewer);
  const created = (location.state as Partial<OfferCreatedState> | null)?.createdName;
  // The offer's own organisation stays selectable even when it is not in the list (e.g. archived).
  const organisations = [
    ...(choices.organisations ?? []),
    ...(choices.organisations?.some((organisation) => organisation.id === offer.organisation.id)
      ? []
      : [offer.organisation]),
  ];
  return (
    <>
      <PageHeader title={offer.name} above={<OfferBreadcrumbs current={offer.name} />} />
      {created ? (
        <Notice tone="success" role="status" className="page-notice">
          {t("offerAdmin.editor.created", { name: created })}
        </Notice>
      ) : null}
      {offer.archivedAt ? (
        <Notice tone="info" className="page-notice">
          {t("offerAdmin.editor.archivedNotice")}
        </Notice>
      ) : null}
      <div className="offer-editor">
        <section className="panel panel--wide" aria-label={t("offerAdmin.editor.submitEdit")}>
          <OfferForm
            key={`${offer.id}-${offer.archivedAt ? "archived" : "active"}`}
            mode="edit"
            initial={offerToValues(offer)}
            organisations={organisations}
            readOnly={offer.archivedAt !== null}
            onDirtyChange={setDirty}
            onSubmit={async (input) => {
              await updateOffer({ variables: { id: offer.id, input } });
            }}
          />
        </section>
        <div className="offer-editor__side">
          <OfferWorkflowPanel offer={offer} role={viewer.role} dirty={dirty} />
        </div>
      </div>
    </>
  );
}

function OfferBreadcrumbs({ current }: { current: string }) {
  const { t } = useTranslation();
  return (
    <Breadcrumbs
      label={t("offerAdmin.breadcrumbs")}
      items={[{ label: t("offerAdmin.title"), to: "/angebote/verwalten" }, { label: current }]}
    />
  );
}
