import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import {
  CreateUserDocument,
  IssueInvitationDocument,
  IssuePasswordResetDocument,
  OrganisationOptionsDocument,
  UpdateUserDocument,
  UserDetailDocument,
} from "../generated/documents/account.ts";
import type { CreateUserMutationVariables, UpdateUserMutationVariables } from "../generated/graphql.ts";
import {
  accountLink,
  graphqlError,
  testOrganisation,
  testUser,
  testViewer,
  useViewerHandler,
} from "../test/accounts.ts";
import { renderApp } from "../test/renderApp.tsx";
import { server } from "../test/server.ts";

const organisations = [
  testOrganisation(1, "Tafel Kiez e. V."),
  testOrganisation(2, "Nachbarschaftshaus Urbanstraße"),
  testOrganisation(3, "Jugendamt Mitte"),
];

function useOrganisationHandler() {
  const connection = {
    __typename: "OrganisationConnection" as const,
    totalCount: organisations.length,
    edges: organisations.map((node) => ({ __typename: "OrganisationEdge" as const, node })),
  };
  server.use(
    graphql.query(OrganisationOptionsDocument, () => HttpResponse.json({ data: { organisations: connection } })),
  );
}

const newUser = testUser(7, {
  name: "Nina Neu",
  email: "nina.neu@example.org",
  role: "PROVIDER",
  hasPassword: false,
  organisations: [organisations[0] ?? testOrganisation(1, "")],
});

function useUserDetailHandler(user = newUser) {
  server.use(
    graphql.query(UserDetailDocument, ({ variables }) =>
      variables.id === user.id
        ? HttpResponse.json({ data: { user: { ...user, createdAt: "2026-03-01T08:00:00.000Z" } } })
        : graphqlError("NOT_FOUND", `User ${variables.id} not found`),
    ),
  );
}

describe("User administration: create and edit", () => {
  it("shows the API's field errors next to the matching fields", async () => {
    useViewerHandler(testViewer("ADMIN"));
    useOrganisationHandler();
    const sent: CreateUserMutationVariables[] = [];
    server.use(
      graphql.mutation(CreateUserDocument, ({ variables }) => {
        sent.push(variables);
        return graphqlError("BAD_USER_INPUT", "Invalid input — email: is already used by another account", {
          fieldErrors: [
            { field: "email", message: "is already used by another account" },
            { field: "organisationIds.0", message: "unknown organisation" },
          ],
        });
      }),
    );
    const user = userEvent.setup();
    renderApp("/verwaltung/benutzer/neu");

    expect(await screen.findByRole("heading", { level: 1, name: "Benutzer anlegen" })).toBeInTheDocument();
    await user.type(screen.getByLabelText("E-Mail-Adresse"), "admin@example.org");
    await user.type(screen.getByLabelText("Name"), "Noch ein Admin");
    await user.selectOptions(screen.getByLabelText("Rolle"), "Träger");
    await user.type(screen.getByRole("searchbox", { name: "Organisation suchen" }), "tafel");
    await user.click(await screen.findByRole("checkbox", { name: "Tafel Kiez e. V." }));
    expect(
      within(screen.getByRole("list", { name: "Ausgewählte Organisationen" })).getByText("Tafel Kiez e. V."),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Benutzer anlegen" }));

    const email = screen.getByLabelText("E-Mail-Adresse");
    await waitFor(() => expect(email).toHaveAttribute("aria-invalid", "true"));
    expect(email).toHaveAccessibleDescription(
      "Damit meldet sich die Person an. Diese E-Mail-Adresse gehört schon zu einem anderen Konto.",
    );
    expect(email).toHaveFocus();
    expect(screen.getByRole("searchbox", { name: "Organisation suchen" })).toHaveAccessibleDescription(
      "Diese Organisation gibt es nicht (mehr).",
    );
    expect(screen.getByLabelText("Name")).not.toHaveAttribute("aria-invalid");
    expect(screen.getByText("Bitte korrigieren Sie die markierten Angaben.").closest('[role="alert"]')).not.toBeNull();
    expect(sent).toEqual([
      {
        input: {
          email: "admin@example.org",
          name: "Noch ein Admin",
          role: "PROVIDER",
          organisationIds: [organisations[0]?.id],
          disabled: false,
        },
      },
    ]);
  });

  it("checks e-mail and name before sending", async () => {
    useViewerHandler(testViewer("ADMIN"));
    useOrganisationHandler();
    let requests = 0;
    server.use(
      graphql.mutation(CreateUserDocument, () => {
        requests++;
        return HttpResponse.json({ data: null });
      }),
    );
    const user = userEvent.setup();
    renderApp("/verwaltung/benutzer/neu");
    await user.type(await screen.findByLabelText("E-Mail-Adresse"), "keine-adresse");
    await user.click(screen.getByRole("button", { name: "Benutzer anlegen" }));
    expect(screen.getByLabelText("E-Mail-Adresse")).toHaveAccessibleDescription(
      "Damit meldet sich die Person an. Bitte geben Sie eine gültige E-Mail-Adresse ein.",
    );
    expect(screen.getByLabelText("Name")).toHaveAccessibleDescription("Bitte füllen Sie dieses Feld aus.");
    expect(requests).toBe(0);
  });

  it("creates a user, opens their page and hands out an invitation link to copy", async () => {
    useViewerHandler(testViewer("ADMIN"));
    useOrganisationHandler();
    useUserDetailHandler();
    server.use(
      graphql.mutation(CreateUserDocument, () => HttpResponse.json({ data: { createUser: newUser } })),
      graphql.mutation(IssueInvitationDocument, ({ variables }) =>
        HttpResponse.json({
          data: {
            issueInvitation: accountLink(
              `http://localhost:4000/einladung?token=tok-${String(variables.userId).slice(-2)}`,
              "2026-03-08T08:00:00.000Z",
            ),
          },
        }),
      ),
    );
    const user = userEvent.setup();
    const { router } = renderApp("/verwaltung/benutzer/neu");
    await user.type(await screen.findByLabelText("E-Mail-Adresse"), newUser.email);
    await user.type(screen.getByLabelText("Name"), newUser.name);
    await user.click(screen.getByRole("button", { name: "Benutzer anlegen" }));

    expect(await screen.findByRole("heading", { level: 1, name: "Nina Neu" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/verwaltung/benutzer/${newUser.id}`);
    expect(screen.getByText(/Benutzer „Nina Neu“ wurde angelegt/)).toBeInTheDocument();
    expect(screen.getByText("Eingeladen")).toBeInTheDocument();
    expect(screen.getByLabelText("E-Mail-Adresse")).toHaveValue("nina.neu@example.org");
    expect(screen.getByLabelText("Rolle")).toHaveValue("PROVIDER");
    expect(await screen.findByRole("checkbox", { name: "Tafel Kiez e. V." })).toBeChecked();

    await user.click(screen.getByRole("button", { name: "Einladungslink erzeugen" }));
    const link = await screen.findByRole("textbox", { name: "Einladungslink" });
    expect(link).toHaveValue("http://localhost:4000/einladung?token=tok-07");
    expect(link).toHaveAttribute("readonly");
    expect(link).toHaveFocus();
    expect(link).toHaveAccessibleDescription("Gültig bis 08.03.2026, 08:00.");
    await user.click(screen.getByRole("button", { name: "Kopieren" }));
    // user-event puts a clipboard stub on navigator.
    expect(await navigator.clipboard.readText()).toBe("http://localhost:4000/einladung?token=tok-07");
    expect(screen.getByText("Link in die Zwischenablage kopiert.")).toBeInTheDocument();
  });

  it("saves changes, including disabling the account", async () => {
    useViewerHandler(testViewer("ADMIN"));
    useOrganisationHandler();
    useUserDetailHandler();
    const sent: UpdateUserMutationVariables[] = [];
    server.use(
      graphql.mutation(UpdateUserDocument, ({ variables }) => {
        sent.push(variables);
        return HttpResponse.json({
          data: {
            updateUser: {
              ...newUser,
              name: variables.input.name,
              disabled: variables.input.disabled ?? false,
              organisations: [],
            },
          },
        });
      }),
    );
    const user = userEvent.setup();
    renderApp(`/verwaltung/benutzer/${newUser.id}`);
    const name = await screen.findByLabelText("Name");
    await user.clear(name);
    await user.type(name, "Nina Neumann");
    await user.click(screen.getByRole("button", { name: "Tafel Kiez e. V. entfernen" }));
    await user.click(screen.getByRole("checkbox", { name: "Konto deaktiviert" }));
    await user.click(screen.getByRole("button", { name: "Änderungen speichern" }));

    expect(await screen.findByText("Die Änderungen sind gespeichert.")).toBeInTheDocument();
    expect(sent).toEqual([
      {
        id: newUser.id,
        input: {
          email: "nina.neu@example.org",
          name: "Nina Neumann",
          role: "PROVIDER",
          organisationIds: [],
          disabled: true,
        },
      },
    ]);
    // The answer updates the cached user: heading and status follow.
    expect(await screen.findByRole("heading", { level: 1, name: "Nina Neumann" })).toBeInTheDocument();
    expect(screen.getByText("Deaktiviert")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Einladungslink erzeugen" })).toBeDisabled();
  });

  it("keeps administrators from locking themselves out", async () => {
    const admin = testViewer("ADMIN");
    useViewerHandler(admin);
    useOrganisationHandler();
    useUserDetailHandler(testUser(1, { ...admin, id: admin.id, hasPassword: true }));
    renderApp(`/verwaltung/benutzer/${admin.id}`);
    expect(await screen.findByLabelText("Rolle")).toBeDisabled();
    expect(screen.getByRole("checkbox", { name: "Konto deaktiviert" })).toBeDisabled();
  });

  it("issues a password-reset link and says when that fails", async () => {
    useViewerHandler(testViewer("ADMIN"));
    useOrganisationHandler();
    useUserDetailHandler();
    let fail = true;
    server.use(
      graphql.mutation(IssuePasswordResetDocument, () =>
        fail
          ? graphqlError("INTERNAL_SERVER_ERROR", "Internal server error")
          : HttpResponse.json({
              data: {
                issuePasswordReset: accountLink(
                  "http://localhost:4000/passwort-zuruecksetzen?token=abc",
                  "2026-03-02T08:00:00.000Z",
                ),
              },
            }),
      ),
    );
    const user = userEvent.setup();
    renderApp(`/verwaltung/benutzer/${newUser.id}`);
    await user.click(await screen.findByRole("button", { name: "Link zum Zurücksetzen erzeugen" }));
    expect(
      await screen.findByText("Der Link konnte nicht erzeugt werden. Bitte versuchen Sie es erneut."),
    ).toBeVisible();
    fail = false;
    await user.click(screen.getByRole("button", { name: "Link zum Zurücksetzen erzeugen" }));
    expect(await screen.findByRole("textbox", { name: "Link zum Zurücksetzen" })).toHaveValue(
      "http://localhost:4000/passwort-zuruecksetzen?token=abc",
    );
    expect(screen.queryByText("Der Link konnte nicht erzeugt werden. Bitte versuchen Sie es erneut.")).toBeNull();
  });

  it("says clearly when the user does not exist", async () => {
    useViewerHandler(testViewer("ADMIN"));
    useUserDetailHandler();
    renderApp("/verwaltung/benutzer/10000000-0000-4000-8000-000000000099");
    expect(await screen.findByRole("heading", { level: 1, name: "Benutzer nicht gefunden" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Zurück zur Liste" })).toHaveAttribute("href", "/verwaltung/benutzer");
  });
});
