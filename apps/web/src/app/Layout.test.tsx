import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { SignOutDocument, UserListDocument } from "../generated/documents/account.ts";
import { ChangeListDocument } from "../generated/documents/audit.ts";
import { testViewer, useViewerHandler } from "../test/accounts.ts";
import { renderApp } from "../test/renderApp.tsx";
import { server } from "../test/server.ts";

const mainNavigation = () => screen.getByRole("navigation", { name: /Hauptnavigation|Main navigation/ });
const navLabels = () =>
  within(mainNavigation())
    .getAllByRole("link")
    .map((link) => link.textContent);

const publicSections = ["Atlas", "Gebiete", "Vergleich", "Indikatoren", "Träger & Angebote"];
const councilSections = [
  "Atlas",
  "Gebiete",
  "Vergleich",
  "Indikatoren",
  "Programme",
  "Träger & Angebote",
  "Maßnahmen",
  "Berichte",
];
// Planners and admins also maintain the index definitions and the data.
const planningSections = ["Indizes", "Bedarfslücken", "Daten"];

describe("App shell", () => {
  it("has the product name, the public sections and a sign-in link when nobody is signed in", async () => {
    // The public offer directory: its search runs in the background, the shell is there at once.
    renderApp("/angebote");
    expect(await screen.findByRole("heading", { level: 1, name: "Angebote finden" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Sozialatlas" })).toHaveAttribute("href", "/");
    expect(await screen.findByRole("link", { name: "Anmelden" })).toHaveAttribute("href", "/anmelden?next=%2Fangebote");
    expect(navLabels()).toEqual(publicSections);
    expect(screen.getByRole("link", { name: "Träger & Angebote" })).toHaveAttribute("aria-current", "page");
  });

  it("shows each role the sections it may use", async () => {
    const viewer = useViewerHandler(testViewer("PLANNER"));
    const planner = renderApp("/");
    await screen.findByRole("button", { name: /Paula Planung/ });
    // Planners reach the change log under Verwaltung.
    expect(navLabels()).toEqual([...councilSections, ...planningSections, "Verwaltung"]);
    planner.unmount();

    // Providers are not council staff: internal planning data stays hidden, as in the API.
    viewer.set(testViewer("PROVIDER"));
    const provider = renderApp("/");
    await screen.findByRole("button", { name: /Theo Träger/ });
    expect(navLabels()).toEqual(publicSections);
    provider.unmount();

    viewer.set(testViewer("VIEWER"));
    const council = renderApp("/");
    await screen.findByRole("button", { name: /Rita Rat/ });
    expect(navLabels()).toEqual(councilSections);
    council.unmount();

    viewer.set(testViewer("ADMIN"));
    renderApp("/");
    await screen.findByRole("button", { name: /Ada Admin/ });
    expect(navLabels()).toEqual([...councilSections, ...planningSections, "Verwaltung"]);
    expect(within(mainNavigation()).getByRole("link", { name: "Verwaltung" })).toHaveAttribute("href", "/verwaltung");
  });

  it("opens Verwaltung at the first part the role may use, with a sub-navigation when there is a choice", async () => {
    const viewer = useViewerHandler(testViewer("ADMIN"));
    server.use(graphql.query(UserListDocument, () => HttpResponse.json({ data: { users: [] } })));
    const user = userEvent.setup();
    const admin = renderApp("/");
    await screen.findByRole("button", { name: /Ada Admin/ });
    await user.click(within(mainNavigation()).getByRole("link", { name: "Verwaltung" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Benutzer" })).toBeInTheDocument();
    expect(admin.router.state.location.pathname).toBe("/verwaltung/benutzer");
    const sections = screen.getByRole("navigation", { name: "Bereiche der Verwaltung" });
    expect(
      within(sections)
        .getAllByRole("link")
        .map((link) => [link.textContent, link.getAttribute("href")]),
    ).toEqual([
      ["Benutzer", "/verwaltung/benutzer"],
      ["Änderungsprotokoll", "/verwaltung/aenderungen"],
    ]);
    expect(within(sections).getByRole("link", { name: "Benutzer" })).toHaveAttribute("aria-current", "page");
    expect(within(mainNavigation()).getByRole("link", { name: "Verwaltung" })).toHaveAttribute("aria-current", "page");
    admin.unmount();

    // Planners have one part only: no sub-navigation to choose from.
    viewer.set(testViewer("PLANNER"));
    const noChanges = {
      __typename: "ChangeLogConnection",
      totalCount: 0,
      pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
      edges: [],
    };
    server.use(graphql.query(ChangeListDocument, () => HttpResponse.json({ data: { changes: noChanges } })));
    const planner = renderApp("/verwaltung");
    await waitFor(() => expect(planner.router.state.location.pathname).toBe("/verwaltung/aenderungen"));
    expect(await screen.findByRole("heading", { level: 1, name: "Änderungsprotokoll" })).toBeInTheDocument();
    expect(screen.queryByRole("navigation", { name: "Bereiche der Verwaltung" })).not.toBeInTheDocument();
    planner.unmount();

    // The public is asked to sign in, coming back to the first part afterwards.
    viewer.set(null);
    const visitor = renderApp("/verwaltung");
    expect(await screen.findByRole("heading", { level: 1, name: "Anmelden" })).toBeInTheDocument();
    expect(new URLSearchParams(visitor.router.state.location.search).get("next")).toBe("/verwaltung/benutzer");
  });

  it("shows the signed-in user's name and role, with a menu to change the password and sign out", async () => {
    const viewer = useViewerHandler(testViewer("PLANNER"));
    let signedOut = false;
    server.use(
      graphql.mutation(SignOutDocument, () => {
        signedOut = true;
        viewer.set(null);
        return HttpResponse.json({ data: { signOut: true } });
      }),
    );
    const user = userEvent.setup();
    const { router } = renderApp("/programme");

    const menuButton = await screen.findByRole("button", { name: /Paula Planung,? ?Sozialplanung/ });
    expect(menuButton).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("link", { name: "Passwort ändern" })).not.toBeInTheDocument();

    await user.click(menuButton);
    expect(menuButton).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByText("planner@example.org")).toBeVisible();
    expect(screen.getByRole("link", { name: "Passwort ändern" })).toHaveAttribute("href", "/konto/passwort");

    // Escape closes the menu and puts focus back on its button.
    await user.keyboard("{Escape}");
    expect(menuButton).toHaveAttribute("aria-expanded", "false");
    expect(menuButton).toHaveFocus();

    await user.click(menuButton);
    await user.click(screen.getByRole("button", { name: "Abmelden" }));
    expect(await screen.findByRole("link", { name: "Anmelden" })).toBeInTheDocument();
    expect(signedOut).toBe(true);
    expect(router.state.location.pathname).toBe("/");
    expect(screen.queryByText("Paula Planung")).not.toBeInTheDocument();
    await waitFor(() => expect(navLabels()).toEqual(publicSections));
  });

  it("signing out on a protected page lands on the start page, not on the sign-in page", async () => {
    const viewer = useViewerHandler(testViewer("ADMIN"));
    server.use(
      graphql.query(UserListDocument, () => HttpResponse.json({ data: { users: [] } })),
      graphql.mutation(SignOutDocument, () => {
        viewer.set(null);
        return HttpResponse.json({ data: { signOut: true } });
      }),
    );
    const user = userEvent.setup();
    // The start page's chunk is not loaded yet, as after signing in on a deep link.
    const { router } = renderApp("/verwaltung/benutzer");
    expect(await screen.findByRole("heading", { level: 1, name: "Benutzer" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: /Ada Admin/ }));
    await user.click(screen.getByRole("button", { name: "Abmelden" }));
    expect(await screen.findByRole("link", { name: "Anmelden" })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole("heading", { level: 1, name: "Benutzer" })).not.toBeInTheDocument());
    // The protected page is gone before the viewer is refetched, so nothing sends us on.
    const history: string[] = [];
    const unsubscribe = router.subscribe((state) => history.push(state.location.pathname));
    await new Promise((resolve) => setTimeout(resolve, 200));
    unsubscribe();
    expect(router.state.location.pathname).toBe("/");
    expect(history).not.toContain("/anmelden");
  });

  it("switches to English, remembers the choice and sets the document language", async () => {
    useViewerHandler(testViewer("PLANNER"));
    const user = userEvent.setup();
    renderApp("/programme");
    await screen.findByRole("heading", { level: 1, name: "Programme" });
    await screen.findByRole("button", { name: /Paula Planung/ });

    await user.click(screen.getByRole("button", { name: "EN" }));

    // The English texts load on demand (they are not part of the first screen).
    await waitFor(() => expect(navLabels()).toContain("Areas"));
    expect(navLabels()).toEqual([
      "Atlas",
      "Areas",
      "Compare",
      "Indicators",
      "Programmes",
      "Providers & services",
      "Measures",
      "Reports",
      "Indices",
      "Gaps",
      "Data",
      "Administration",
    ]);
    expect(screen.getByRole("heading", { level: 1, name: "Programmes" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /Paula Planung,? ?Social planning/ })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "EN" })).toHaveAttribute("aria-pressed", "true");
    expect(document.documentElement.lang).toBe("en");
    expect(localStorage.getItem("sozialatlas.language")).toBe("en");

    await user.click(screen.getByRole("button", { name: "DE" }));
    expect(navLabels()).toContain("Gebiete");
    expect(document.documentElement.lang).toBe("de");
  });

  it("shows a not-found page for unknown addresses", async () => {
    renderApp("/gibt-es-nicht");
    expect(await screen.findByRole("heading", { level: 1, name: "Seite nicht gefunden" })).toBeInTheDocument();
    expect(screen.getByText(/„\/gibt-es-nicht“/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Zum Atlas" })).toHaveAttribute("href", "/");
  });
});
