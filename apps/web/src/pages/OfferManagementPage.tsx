import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { RequireAccess } from "../modules/account/components/RequireAccess.tsx";
import type { Viewer } from "../modules/account/hooks/useViewer.ts";
import { OfferDashboard } from "../modules/offer/components/OfferDashboard.tsx";
import "../modules/offer/offer.css";
import { ButtonLink } from "../ui/ButtonLink.tsx";
import { Notice } from "../ui/Notice.tsx";
import { PageHeader } from "../ui/PageHeader.tsx";

/**
 * /angebote/verwalten: providers look after their organisations' offers, planners review and
 * publish everybody's. The filter lives in the URL (?publication=&q=&organisation=&due=1).
 */
export function OfferManagementPage() {
  return <RequireAccess audience="signedIn">{(viewer) => <OfferManagement viewer={viewer} />}</RequireAccess>;
}

function OfferManagement({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  if (viewer.role === "VIEWER") {
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
  const isProvider = viewer.role === "PROVIDER";
  const withoutOrganisation = isProvider && viewer.organisations.length === 0;
  return (
    <>
      <PageHeader
        title={t("offerAdmin.title")}
        lead={isProvider ? t("offerAdmin.leadProvider") : t("offerAdmin.leadPlanner")}
      >
        {withoutOrganisation ? null : (
          <div className="page-header__actions">
            <ButtonLink to="/angebote/neu" variant="primary">
              {t("offerAdmin.create")}
            </ButtonLink>
          </div>
        )}
      </PageHeader>
      {withoutOrganisation ? (
        <Notice tone="info" className="narrow">
          {t("offerAdmin.noOrganisation")}
        </Notice>
      ) : (
        <OfferDashboard viewer={viewer} />
      )}
    </>
  );
}
