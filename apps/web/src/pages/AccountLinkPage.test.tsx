import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { RedeemAccountLinkDocument } from "../generated/documents/account.ts";
import type { RedeemAccountLinkMutationVariables } from "../generated/graphql.ts";
import { graphqlError, testViewer, userRef, useViewerHandler } from "../test/accounts.ts";
import { renderApp } from "../test/renderApp.tsx";
import { server } from "../test/server.ts";

const invited = { ...testViewer("VIEWER"), name: "Nina Neu" };

function useRedeemHandler() {
  const viewer = useViewerHandler(null);
  const sent: RedeemAccountLinkMutationVariables[] = [];
  server.use(
    graphql.mutation(RedeemAccountLinkDocument, ({ variables }) => {
      sent.push(variables);
      if (variables.token !== "gueltig") {
        return graphqlError(
          "UNAUTHENTICATED",
          "This link is invalid or has expired; ask an administrator for a new one",
        );
      }
      viewer.set(invited);
      return HttpResponse.json({ data: { redeemAccountLink: userRef(invited) } });
    }),
  );
  return sent;
}

async function setPassword(password: string, repeat = password) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText("Neues Passwort"), password);
  await user.type(screen.getByLabelText("Neues Passwort wiederholen"), repeat);
  await user.click(screen.getByRole("button", { name: "Passwort festlegen und anmelden" }));
}

describe("Invitation and password-reset links", () => {
  it("sets the password from an invitation and signs the user in", async () => {
    const sent = useRedeemHandler();
    renderApp("/einladung?token=gueltig");
    expect(await screen.findByRole("heading", { level: 1, name: "Einladung annehmen" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Anmelden" })).toHaveAttribute("href", "/anmelden");

    await setPassword("ein langes passwort");

    expect(await screen.findByText("Willkommen, Nina Neu!")).toBeInTheDocument();
    expect(screen.getByText("Ihr Passwort ist gespeichert und Sie sind angemeldet.")).toBeInTheDocument();
    expect(sent).toEqual([{ token: "gueltig", newPassword: "ein langes passwort" }]);
    // The header now shows the signed-in user.
    expect(await screen.findByRole("button", { name: /Nina Neu/ })).toBeInTheDocument();
  });

  it("checks length and repetition before sending", async () => {
    const sent = useRedeemHandler();
    renderApp("/passwort-zuruecksetzen?token=gueltig");
    expect(await screen.findByRole("heading", { level: 1, name: "Passwort zurücksetzen" })).toBeInTheDocument();

    await setPassword("kurz", "anders");
    const password = screen.getByLabelText("Neues Passwort");
    expect(password).toHaveAttribute("aria-invalid", "true");
    expect(password).toHaveAccessibleDescription(
      "Mindestens 10 Zeichen. Ein Satz aus mehreren Wörtern ist leicht zu merken und schwer zu erraten. Das Passwort muss mindestens 10 Zeichen haben.",
    );
    expect(password).toHaveFocus();
    expect(screen.getByLabelText("Neues Passwort wiederholen")).toHaveAccessibleDescription(
      "Die beiden Passwörter stimmen nicht überein.",
    );
    expect(sent).toEqual([]);
  });

  it("says clearly when the link is invalid or has expired", async () => {
    useRedeemHandler();
    renderApp("/passwort-zuruecksetzen?token=abgelaufen");
    await setPassword("ein langes passwort");
    const message = await screen.findByRole("alert");
    expect(message).toHaveTextContent("Dieser Link ist ungültig oder abgelaufen.");
    expect(message).toHaveTextContent("Bitten Sie die Administration um einen neuen Link.");
    await waitFor(() => expect(message).toHaveFocus());
    expect(screen.queryByLabelText("Neues Passwort")).not.toBeInTheDocument();
  });

  it("says so at once when the link has no token", async () => {
    renderApp("/einladung");
    expect(await screen.findByRole("alert")).toHaveTextContent("Dieser Link ist ungültig oder abgelaufen.");
  });
});
