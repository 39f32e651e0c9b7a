import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { SignInDocument } from "../generated/documents/account.ts";
import type { SignInMutationVariables } from "../generated/graphql.ts";
import { graphqlError, testViewer, userRef, useViewerHandler } from "../test/accounts.ts";
import { renderApp } from "../test/renderApp.tsx";
import { server } from "../test/server.ts";

const planner = testViewer("PLANNER");

/** The API's sign-in: the planner with the right password; records what was sent. */
function useSignInHandler(answer?: () => Response) {
  const viewer = useViewerHandler(null);
  const sent: SignInMutationVariables[] = [];
  server.use(
    graphql.mutation(SignInDocument, ({ variables }) => {
      sent.push(variables);
      if (answer) return answer();
      if (variables.email !== planner.email || variables.password !== "richtig-geheim-1") {
        return graphqlError(
          "UNAUTHENTICATED",
          "E-Mail-Adresse oder Passwort ist falsch / wrong e-mail address or password",
        );
      }
      viewer.set(planner);
      return HttpResponse.json({ data: { signIn: userRef(planner) } });
    }),
  );
  return sent;
}

async function fillIn(email: string, password: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText("E-Mail-Adresse"), email);
  await user.type(screen.getByLabelText("Passwort"), password);
  await user.click(screen.getByRole("button", { name: "Anmelden" }));
  return user;
}

describe("Sign-in page", () => {
  it("signs in and returns to the page given in ?next=, now signed in", async () => {
    const sent = useSignInHandler();
    const { router } = renderApp("/anmelden?next=%2Fprogramme%3Fansicht%3Dkarte");
    expect(await screen.findByRole("heading", { level: 1, name: "Anmelden" })).toBeInTheDocument();

    await fillIn(" planner@example.org ", "richtig-geheim-1");

    await waitFor(() => expect(router.state.location.pathname).toBe("/programme"));
    expect(router.state.location.search).toBe("?ansicht=karte");
    expect(sent).toEqual([{ email: "planner@example.org", password: "richtig-geheim-1" }]);
    expect(await screen.findByRole("button", { name: /Paula Planung/ })).toBeInTheDocument();
    expect(await screen.findByRole("heading", { level: 1, name: "Programme" })).toBeInTheDocument();
  });

  it("does not follow a ?next= that leads to another site", async () => {
    useSignInHandler();
    const { router } = renderApp("/anmelden?next=%2F%2Fevil.example%2Fphish");
    await fillIn("planner@example.org", "richtig-geheim-1");
    await waitFor(() => expect(router.state.location.pathname).toBe("/"));
  });

  it("says clearly when e-mail or password is wrong, and focuses the message", async () => {
    useSignInHandler();
    const { router } = renderApp("/anmelden");
    await fillIn("planner@example.org", "falsch-falsch");

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("E-Mail-Adresse oder Passwort ist falsch. Bitte prüfen Sie Ihre Eingaben.");
    await waitFor(() => expect(alert).toHaveFocus());
    expect(screen.getByLabelText("Passwort")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Passwort")).toHaveAccessibleDescription(
      "E-Mail-Adresse oder Passwort ist falsch. Bitte prüfen Sie Ihre Eingaben.",
    );
    expect(router.state.location.pathname).toBe("/anmelden");
    expect(screen.getByRole("link", { name: "Anmelden" })).toBeInTheDocument();
  });

  it("tells how long to wait after too many attempts", async () => {
    useSignInHandler(() =>
      graphqlError("RATE_LIMITED", "Too many attempts; try again in 840 s", { retryAfterSeconds: 840 }),
    );
    renderApp("/anmelden");
    await fillIn("planner@example.org", "egal-was-1");
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Zu viele fehlgeschlagene Anmeldeversuche. Bitte warten Sie 14 Minuten und versuchen Sie es dann erneut.",
    );
  });

  it("asks for missing fields before sending anything", async () => {
    const sent = useSignInHandler();
    const user = userEvent.setup();
    renderApp("/anmelden");
    await user.click(await screen.findByRole("button", { name: "Anmelden" }));
    const email = screen.getByLabelText("E-Mail-Adresse");
    expect(email).toHaveAccessibleDescription("Bitte geben Sie Ihre E-Mail-Adresse ein.");
    expect(email).toHaveFocus();
    expect(screen.getByLabelText("Passwort")).toHaveAttribute("aria-invalid", "true");
    expect(sent).toEqual([]);
  });

  it("offers the demo accounts and fills the form with one", async () => {
    const sent = useSignInHandler();
    const user = userEvent.setup();
    renderApp("/anmelden");
    const demo = await screen.findByRole("complementary", { name: "Demo-Zugänge" });
    expect(within(demo).getAllByRole("listitem")).toHaveLength(4);
    expect(demo).toHaveTextContent("admin@example.org");
    expect(demo).toHaveTextContent("demo-admin-2026");

    await user.click(within(demo).getByRole("button", { name: "Zugangsdaten für Sozialplanung einsetzen" }));
    expect(screen.getByLabelText("E-Mail-Adresse")).toHaveValue("planung@example.org");
    expect(screen.getByLabelText("Passwort")).toHaveValue("demo-planung-2026");
    expect(screen.getByRole("button", { name: "Anmelden" })).toHaveFocus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(sent).toEqual([{ email: "planung@example.org", password: "demo-planung-2026" }]));
  });
});
