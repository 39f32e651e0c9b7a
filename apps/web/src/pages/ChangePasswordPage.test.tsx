import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { ChangePasswordDocument } from "../generated/documents/account.ts";
import { graphqlError, testViewer, useViewerHandler } from "../test/accounts.ts";
import { renderApp } from "../test/renderApp.tsx";
import { server } from "../test/server.ts";

function useChangePasswordHandler() {
  server.use(
    graphql.mutation(ChangePasswordDocument, ({ variables }) =>
      variables.currentPassword === "altes-passwort-1"
        ? HttpResponse.json({ data: { changePassword: true } })
        : graphqlError("BAD_USER_INPUT", "Invalid input — currentPassword: is not your current password", {
            fieldErrors: [{ field: "currentPassword", message: "is not your current password" }],
          }),
    ),
  );
}

async function change(current: string, next: string, repeat = next) {
  const user = userEvent.setup();
  const currentField = await screen.findByLabelText("Aktuelles Passwort");
  await user.clear(currentField);
  await user.type(currentField, current);
  await user.clear(screen.getByLabelText("Neues Passwort"));
  await user.type(screen.getByLabelText("Neues Passwort"), next);
  await user.clear(screen.getByLabelText("Neues Passwort wiederholen"));
  await user.type(screen.getByLabelText("Neues Passwort wiederholen"), repeat);
  await user.click(screen.getByRole("button", { name: "Passwort ändern" }));
}

describe("Change password page", () => {
  it("shows the API's answer at the current-password field, then changes the password", async () => {
    useViewerHandler(testViewer("VIEWER"));
    useChangePasswordHandler();
    renderApp("/konto/passwort");
    expect(await screen.findByRole("heading", { level: 1, name: "Passwort ändern" })).toBeInTheDocument();

    await change("vertippt", "neues-passwort-2");
    const current = screen.getByLabelText("Aktuelles Passwort");
    expect(await screen.findByText("Das ist nicht Ihr aktuelles Passwort.")).toBeInTheDocument();
    expect(current).toHaveAttribute("aria-invalid", "true");
    expect(current).toHaveAccessibleDescription("Das ist nicht Ihr aktuelles Passwort.");
    expect(current).toHaveFocus();

    await change("altes-passwort-1", "neues-passwort-2");
    expect(
      await screen.findByText(
        "Ihr Passwort wurde geändert. Auf anderen Geräten melden Sie sich mit dem neuen Passwort an.",
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText("Aktuelles Passwort")).toHaveValue("");
    expect(screen.getByLabelText("Aktuelles Passwort")).not.toHaveAttribute("aria-invalid");
  });

  it("checks the new password's length and repetition before sending", async () => {
    useViewerHandler(testViewer("VIEWER"));
    renderApp("/konto/passwort");
    await change("altes-passwort-1", "zu-kurz", "zu-kurz!");
    expect(screen.getByText("Das Passwort muss mindestens 10 Zeichen haben.")).toBeInTheDocument();
    expect(screen.getByText("Die beiden Passwörter stimmen nicht überein.")).toBeInTheDocument();
    expect(screen.getByLabelText("Neues Passwort")).toHaveFocus();
  });

  it("sends the public to the sign-in page first", async () => {
    const { router } = renderApp("/konto/passwort");
    expect(await screen.findByRole("heading", { level: 1, name: "Anmelden" })).toBeInTheDocument();
    expect(router.state.location.search).toBe("?next=%2Fkonto%2Fpasswort");
  });
});
