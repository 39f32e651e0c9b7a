import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, Outlet, ScrollRestoration } from "react-router";
import type { Messages } from "../i18n/messages.ts";
import { UserMenu } from "../modules/account/components/UserMenu.tsx";
import { useViewer } from "../modules/account/hooks/useViewer.ts";
import { type Audience, mayAccess } from "../modules/account/utils/roles.ts";
import { LoadingState } from "../ui/QueryState.tsx";
import { LanguageSwitch } from "./LanguageSwitch.tsx";

const navigation: ReadonlyArray<{ to: string; label: NavLabel; end: boolean; audience: Audience }> = [
  { to: "/", label: "nav.atlas", end: true, audience: "public" },
  { to: "/gebiete", label: "nav.areas", end: false, audience: "public" },
  { to: "/vergleich", label: "nav.compare", end: false, audience: "public" },
  { to: "/indikatoren", label: "nav.indicators", end: false, audience: "public" },
  { to: "/programme", label: "nav.programmes", end: false, audience: "council" },
  { to: "/angebote", label: "nav.offers", end: false, audience: "public" },
  { to: "/massnahmen", label: "nav.measures", end: false, audience: "council" },
  { to: "/berichte", label: "nav.reports", end: false, audience: "council" },
  { to: "/indizes", label: "nav.indexWorkbench", end: false, audience: "planning" },
  { to: "/bedarfsluecken", label: "nav.gaps", end: false, audience: "planning" },
  { to: "/daten", label: "nav.data", end: false, audience: "planning" },
  // Leads to the first part of Verwaltung the viewer may use (app/adminSections.ts).
  { to: "/verwaltung", label: "nav.admin", end: false, audience: "planning" },
];

type NavLabel = `nav.${keyof Messages["nav"]}`;

/**
 * The app shell: header with product name, account menu and language switch, and the main
 * navigation with the sections the viewer's role may use (the public's while that is unknown).
 */
export function Layout() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const role = viewer?.role;
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <div className="brand">
            <BrandMark />
            <div className="brand__text">
              <Link to="/" className="brand__name">
                {t("app.name")}
              </Link>
              <span className="brand__tagline">{t("app.tagline")}</span>
            </div>
          </div>
          <div className="app-header__tools">
            <UserMenu />
            <LanguageSwitch />
          </div>
        </div>
        <nav className="main-nav" aria-label={t("app.mainNavigation")}>
          <ul className="main-nav__list">
            {navigation
              .filter((item) => mayAccess(role, item.audience))
              .map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end} className="main-nav__link">
                    {t(item.label)}
                  </NavLink>
                </li>
              ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Suspense fallback={<LoadingState label={t("app.loadingPage")} />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="app-footer">
        <p>{t("app.footer")}</p>
        <p>{t("app.dataAttribution")}</p>
      </footer>
      <ScrollRestoration />
    </div>
  );
}

/** A city of areas with one of them picked out: the product in one picture. */
function BrandMark() {
  return (
    <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" className="brand__mark-bg" />
      <path d="M5 11 15 5l11 4-1 9 2 7-12 2-9-5 2-6Z" className="brand__mark-land" />
      <path d="M15 16 25 18l2 7-12 2Z" className="brand__mark-pick" />
      <path d="M15 5v11l-9 4m9-4 10 2M15 16l0 11" className="brand__mark-lines" />
    </svg>
  );
}
