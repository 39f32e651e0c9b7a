import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { UserListDocument } from "../generated/documents/account.ts";
import { graphqlError, testOrganisation, testUser, testViewer, useViewerHandler } from "../test/accounts.ts";
import { renderApp } from "../test/renderApp.tsx";
import { server } from "../test/server.ts";

const tafel = testOrganisation(1, "Tafel Kiez e. V.");
const users = [
  testUser(1, {
    name: "Ada Admin",
    email: "admin@example.org",
    role: "ADMIN",
    lastSignInAt: "2026-03-02T09:15:00.000Z",
  }),
  testUser(2, { name: "Bea Neu", email: "neu@example.org", role: "VIEWER", hasPassword: false }),
  testUser(3, {
    name: "Theo Träger",
    email: "traeger@example.org",
    role: "PROVIDER",
    organisations: [tafel],
    lastSignInAt: "2026-02-27T16:40:00.000Z",
  }),
  testUser(4, { name: "Alt Konto", email: "alt@example.org", role: "PLANNER", disabled: true }),
];

let listRequests = 0;
function useUserListHandler(answer: () => Response = () => HttpResponse.json({ data: { users } })) {
  listRequests = 0;
  server.use(
    graphql.query(UserListDocument, () => {
      listRequests++;
      return answer();
    }),
  );
}

const rows = () =>
  within(screen.getByRole("table"))
    .getAllByRole("row")
    .slice(1)
    .map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent));

describe("User administration: list", () => {
  it("lists every account with role, organisations, status and last sign-in", async () => {
    useViewerHandler(testViewer("ADMIN"));
    useUserListHandler();
    renderApp("/verwaltung/benutzer");

    expect(await screen.findByRole("heading", { level: 1, name: "Benutzer" })).toBeInTheDocument();
    await screen.findByRole("table");
    expect(rows()).toEqual([
      ["Ada Admin", "admin@example.org", "Administration", "–", "Aktiv", "02.03.2026, 09:15"],
      ["Bea Neu", "neu@example.org", "Rat & Verwaltung", "–", "Eingeladen", "noch nie"],
      ["Theo Träger", "traeger@example.org", "Träger", "Tafel Kiez e. V.", "Aktiv", "27.02.2026, 16:40"],
      ["Alt Konto", "alt@example.org", "Sozialplanung", "–", "Deaktiviert", "noch nie"],
    ]);
    expect(screen.getByRole("link", { name: "Bea Neu" })).toHaveAttribute(
      "href",
      `/verwaltung/benutzer/${users[1]?.id}`,
    );
    expect(screen.getByRole("link", { name: "Benutzer anlegen" })).toHaveAttribute("href", "/verwaltung/benutzer/neu");
    expect(screen.getByText("4 von 4 Benutzern")).toBeInTheDocument();
  });

  it("filters by text, role and status and keeps the filter in the URL", async () => {
    useViewerHandler(testViewer("ADMIN"));
    useUserListHandler();
    const user = userEvent.setup();
    const { router } = renderApp("/verwaltung/benutzer");
    await screen.findByRole("table");

    await user.type(screen.getByRole("searchbox", { name: "Nach Name, E-Mail oder Organisation filtern" }), "tafel");
    expect(rows().map((row) => row[0])).toEqual(["Theo Träger"]);
    expect(screen.getByText("1 von 4 Benutzern")).toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).get("q")).toBe("tafel");

    await user.clear(screen.getByRole("searchbox"));
    await user.selectOptions(screen.getByLabelText("Status"), "Eingeladen");
    expect(rows().map((row) => row[0])).toEqual(["Bea Neu"]);

    await user.selectOptions(screen.getByLabelText("Rolle"), "Administration");
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    expect(screen.getByText("Kein Benutzer passt zum Filter.")).toBeInTheDocument();
    expect(router.state.location.search).toBe("?role=ADMIN&status=INVITED");
  });

  it("tells signed-in users without the admin role that they may not use it, without asking the API", async () => {
    useViewerHandler(testViewer("PLANNER"));
    useUserListHandler();
    renderApp("/verwaltung/benutzer");
    expect(await screen.findByRole("heading", { level: 1, name: "Keine Berechtigung" })).toBeInTheDocument();
    expect(
      screen.getByText(
        "Diese Seite steht nur diesen Rollen offen: „Administration“. Sie sind als Paula Planung mit der Rolle „Sozialplanung“ angemeldet.",
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    expect(listRequests).toBe(0);
  });

  it("sends the public to the sign-in page and back here afterwards", async () => {
    useUserListHandler();
    const { router } = renderApp("/verwaltung/benutzer?role=ADMIN");
    expect(await screen.findByRole("heading", { level: 1, name: "Anmelden" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/anmelden");
    expect(new URLSearchParams(router.state.location.search).get("next")).toBe("/verwaltung/benutzer?role=ADMIN");
  });

  it("explains a FORBIDDEN answer of the API", async () => {
    useViewerHandler(testViewer("ADMIN"));
    useUserListHandler(() => graphqlError("FORBIDDEN", "Only admins may do this"));
    renderApp("/verwaltung/benutzer");
    expect(await screen.findByRole("alert")).toHaveTextContent("Für diese Daten fehlt Ihnen die Berechtigung.");
  });

  it("says so when there are no accounts", async () => {
    useViewerHandler(testViewer("ADMIN"));
    useUserListHandler(() => HttpResponse.json({ data: { users: [] } }));
    renderApp("/verwaltung/benutzer");
    await waitFor(() => expect(screen.getByText("Es gibt noch keine Benutzer.")).toBeInTheDocument());
  });
});
