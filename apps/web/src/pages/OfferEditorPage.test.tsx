import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import {
  CreateOfferDocument,
  PublishOfferDocument,
  ReturnOfferDocument,
  SubmitOfferDocument,
  UpdateOfferDocument,
} from "../generated/documents/offer.ts";
import type {
  CreateOfferMutationVariables,
  ReturnOfferMutationVariables,
  UpdateOfferMutationVariables,
} from "../generated/graphql.ts";
import { graphqlError, testViewer, useViewerHandler } from "../test/accounts.ts";
import {
  editorOffer,
  offerId,
  otherOrganisation,
  ownOrganisation,
  useOfferEditorHandler,
  useOrganisationOptionsHandler,
} from "../test/offers.ts";
import { renderApp } from "../test/renderApp.tsx";
import { server } from "../test/server.ts";

const provider = { ...testViewer("PROVIDER"), organisations: [ownOrganisation] };

/** Puts text into a field in one input event: typing key by key re-renders the long form each time. */
async function fill(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

// Generous timeouts: the first render loads the page chunk, slow on a busy machine.
describe("Offer editor", { timeout: 30_000 }, () => {
  it("checks the offer with the API's rules and sends nothing while anything is wrong", async () => {
    useViewerHandler(provider);
    let requests = 0;
    server.use(
      graphql.mutation(CreateOfferDocument, () => {
        requests++;
        return HttpResponse.json({ data: null });
      }),
    );
    const user = userEvent.setup();
    renderApp("/angebote/neu");

    expect(
      await screen.findByRole("heading", { level: 1, name: "Neues Angebot" }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText("Organisation")).toHaveValue(ownOrganisation.id);
    // Leaving a field shows its problem at once.
    await user.click(screen.getByLabelText("Name"));
    await user.tab();
    expect(screen.getByLabelText("Name")).toHaveAccessibleDescription("Bitte füllen Sie dieses Feld aus.");

    await fill(user, screen.getByLabelText("Mindestalter (Jahre)"), "12");
    await fill(user, screen.getByLabelText("Höchstalter (Jahre)"), "6");
    await user.selectOptions(screen.getByLabelText("Kosten"), "FEE");
    await fill(user, screen.getByLabelText("Sprachen"), "Deutsch");
    await user.click(screen.getByRole("button", { name: "Öffnungszeit hinzufügen" }));
    await fill(user, screen.getByLabelText("Öffnet"), "14:00");
    await fill(user, screen.getByLabelText("Schließt"), "9:00");
    await user.click(screen.getByRole("button", { name: "Standort hinzufügen" }));
    await user.click(screen.getByRole("button", { name: "Angebot anlegen" }));

    expect(screen.getByText("Bitte korrigieren Sie die markierten Angaben.").closest('[role="alert"]')).not.toBeNull();
    expect(screen.getByLabelText("Name")).toHaveFocus();
    expect(screen.getByLabelText("Beschreibung")).toHaveAccessibleDescription(
      "Was das Angebot leistet, für wen, und wie man hinkommt. Bitte füllen Sie dieses Feld aus.",
    );
    expect(screen.getByLabelText("Sprachen")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Schließt")).toHaveAccessibleDescription(
      "Bitte eine Uhrzeit im Format HH:MM, z. B. 09:30.",
    );
    expect(screen.getByLabelText("Breitengrad")).toHaveAccessibleDescription("Bitte füllen Sie dieses Feld aus.");

    // Rules across fields are checked (as by the API) once every field is well-formed.
    await fill(user, screen.getByLabelText("Name"), "Sprachcafé");
    await fill(user, screen.getByLabelText("Beschreibung"), "Deutsch üben bei Kaffee.");
    await user.clear(screen.getByLabelText("Sprachen"));
    await fill(user, screen.getByLabelText("Sprachen"), "de");
    await user.clear(screen.getByLabelText("Schließt"));
    await fill(user, screen.getByLabelText("Schließt"), "19:00");
    await user.click(screen.getByRole("button", { name: "Standort 1 entfernen" }));
    await user.click(screen.getByRole("button", { name: "Angebot anlegen" }));
    expect(screen.getByLabelText("Höchstalter (Jahre)")).toHaveAccessibleDescription(
      "Darf nicht unter dem Mindestalter (12) liegen.",
    );
    expect(screen.getByLabelText("Höchstalter (Jahre)")).toHaveFocus();
    expect(screen.getByLabelText("Was es kostet")).toHaveAccessibleDescription(
      "Pflicht, wenn das Angebot nicht kostenlos ist, z. B. 1 € pro Besuch. Bitte angeben, was das Angebot kostet (z. B. „1 € pro Besuch“), wenn es nicht kostenlos ist.",
    );
    expect(screen.getByLabelText("Sprachen")).not.toHaveAttribute("aria-invalid");
    expect(requests).toBe(0);
  });

  it("creates an offer and opens it with a notice", async () => {
    useViewerHandler(provider);
    const created = editorOffer(9, { name: "Sprachcafé", locations: [], schedules: [] });
    useOfferEditorHandler(created);
    const sent: CreateOfferMutationVariables[] = [];
    server.use(
      graphql.mutation(CreateOfferDocument, ({ variables }) => {
        sent.push(variables);
        return HttpResponse.json({ data: { createOffer: created } });
      }),
    );
    const user = userEvent.setup();
    const { router } = renderApp("/angebote/neu");
    await fill(user, await screen.findByLabelText("Name", {}, { timeout: 10_000 }), "Sprachcafé");
    await fill(user, screen.getByLabelText("Beschreibung"), "Deutsch üben bei Kaffee.");
    await fill(user, screen.getByLabelText("Kategorien"), "Sprachkurs, Begegnung");
    await user.click(
      within(screen.getByRole("group", { name: "Stufenlos erreichbar (Rampe oder Aufzug)" })).getByRole("radio", {
        name: "Ja",
      }),
    );
    await user.click(screen.getByRole("button", { name: "Angebot anlegen" }));

    expect(await screen.findByText("Das Angebot „Sprachcafé“ ist angelegt.")).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/angebote/${created.id}/bearbeiten`);
    expect(sent[0]?.input).toMatchObject({
      organisationId: ownOrganisation.id,
      name: "Sprachcafé",
      categories: ["Sprachkurs", "Begegnung"],
      cost: "FREE",
      stepFree: true,
      accessibleToilet: null,
      locations: [],
      schedules: [],
    });
  });

  it("shows the API's field errors at the fields and keeps the user on the page after saving", async () => {
    useViewerHandler(provider);
    const offer = editorOffer(1);
    useOfferEditorHandler(offer);
    const sent: UpdateOfferMutationVariables[] = [];
    server.use(
      graphql.mutation(UpdateOfferDocument, ({ variables }) => {
        sent.push(variables);
        if (sent.length === 1) {
          return graphqlError("BAD_USER_INPUT", "Invalid input", {
            fieldErrors: [{ field: "locations.0.postalCode", message: "must be a German postal code of five digits" }],
          });
        }
        return HttpResponse.json({ data: { updateOffer: { ...offer, name: variables.input.name ?? offer.name } } });
      }),
    );
    const user = userEvent.setup();
    const { router } = renderApp(`/angebote/${offer.id}/bearbeiten`);
    expect(await screen.findByRole("heading", { level: 1, name: offer.name }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByText("Liegt im Planungsraum Stülerstraße.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Änderungen speichern" }));
    const postalCode = screen.getByLabelText("Postleitzahl");
    await waitFor(() => expect(postalCode).toHaveAccessibleDescription("Bitte eine fünfstellige Postleitzahl."));
    expect(postalCode).toHaveFocus();

    await user.click(screen.getByRole("button", { name: "Änderungen speichern" }));
    expect(await screen.findByText("Die Änderungen sind gespeichert.")).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/angebote/${offer.id}/bearbeiten`);
    expect(sent[1]?.input).toMatchObject({
      locations: [{ latitude: 52.53, longitude: 13.38, postalCode: "10115" }],
      schedules: [{ weekday: 2, opensAt: "09:00", closesAt: "12:00" }],
      languages: ["de", "tr"],
      minAge: 18,
      inductionLoop: false,
    });
  });

  it("lets a provider submit a draft and shows the planner's comment on a returned offer", async () => {
    useViewerHandler(provider);
    const returned = editorOffer(1, {
      publication: "RETURNED",
      reviewComment: "Bitte die Öffnungszeiten im Sommer ergänzen.",
    });
    useOfferEditorHandler(returned);
    const submitted: string[] = [];
    server.use(
      graphql.mutation(SubmitOfferDocument, ({ variables }) => {
        submitted.push(String(variables.id));
        return HttpResponse.json({
          data: {
            submitOffer: {
              ...returned,
              publication: "SUBMITTED",
              reviewComment: null,
              submittedAt: "2026-03-03T08:00:00.000Z",
            },
          },
        });
      }),
    );
    const user = userEvent.setup();
    renderApp(`/angebote/${returned.id}/bearbeiten`);
    const panel = await screen.findByRole("region", { name: "Prüfung und Veröffentlichung" }, { timeout: 10_000 });
    expect(within(panel).getByText("Von der Sozialplanung zurückgegeben")).toBeInTheDocument();
    expect(within(panel).getByText("Bitte die Öffnungszeiten im Sommer ergänzen.")).toBeInTheDocument();
    expect(within(panel).queryByRole("button", { name: "Veröffentlichen" })).toBeNull();

    // Unsaved changes first have to be saved.
    await user.type(screen.getByLabelText("Name"), " Mitte");
    expect(within(panel).getByRole("button", { name: "Zur Prüfung einreichen" })).toBeDisabled();
    await user.clear(screen.getByLabelText("Name"));
    await fill(user, screen.getByLabelText("Name"), returned.name);

    await user.click(within(panel).getByRole("button", { name: "Zur Prüfung einreichen" }));
    expect(await within(panel).findByText("Das Angebot ist zur Prüfung eingereicht.")).toBeInTheDocument();
    expect(submitted).toEqual([returned.id]);
    expect(within(panel).getByText("Eingereicht")).toBeInTheDocument();
    expect(within(panel).queryByText("Bitte die Öffnungszeiten im Sommer ergänzen.")).toBeNull();
    expect(within(panel).queryByRole("button", { name: "Zur Prüfung einreichen" })).toBeNull();
  });

  it("lets a planner publish, or return an offer only with a comment", async () => {
    useViewerHandler(testViewer("PLANNER"));
    useOrganisationOptionsHandler();
    const offer = editorOffer(1, { publication: "SUBMITTED", submittedAt: "2026-03-03T08:00:00.000Z" });
    useOfferEditorHandler(offer);
    const returns: ReturnOfferMutationVariables[] = [];
    const published: string[] = [];
    server.use(
      graphql.mutation(ReturnOfferDocument, ({ variables }) => {
        returns.push(variables);
        return HttpResponse.json({
          data: { returnOffer: { ...offer, publication: "RETURNED", reviewComment: variables.comment } },
        });
      }),
      graphql.mutation(PublishOfferDocument, ({ variables }) => {
        published.push(String(variables.id));
        return HttpResponse.json({
          data: { publishOffer: { ...offer, publication: "PUBLISHED", publishedAt: "2026-03-04T08:00:00.000Z" } },
        });
      }),
    );
    const user = userEvent.setup();
    renderApp(`/angebote/${offer.id}/bearbeiten`);
    const panel = await screen.findByRole("region", { name: "Prüfung und Veröffentlichung" }, { timeout: 10_000 });
    expect(within(panel).queryByRole("button", { name: "Zur Prüfung einreichen" })).toBeNull();
    expect(within(panel).getByRole("button", { name: "Als geprüft bestätigen" })).toBeInTheDocument();

    await user.click(within(panel).getByRole("button", { name: "Zurückgeben" }));
    await user.click(within(panel).getByRole("button", { name: "Mit Hinweis zurückgeben" }));
    const comment = within(panel).getByLabelText("Was soll der Träger ändern?");
    expect(comment).toHaveAccessibleDescription(
      "Der Hinweis erscheint beim Träger über dem Angebot. Höchstens 2.000 Zeichen. Bitte schreiben Sie, was geändert werden soll.",
    );
    expect(returns).toEqual([]);
    await user.type(comment, "Bitte Kontakt ergänzen.");
    await user.click(within(panel).getByRole("button", { name: "Mit Hinweis zurückgeben" }));
    expect(await within(panel).findByText("Das Angebot ist mit Ihrem Hinweis zurückgegeben.")).toBeInTheDocument();
    expect(returns).toEqual([{ id: offer.id, comment: "Bitte Kontakt ergänzen." }]);
    expect(within(panel).getByText("Bitte Kontakt ergänzen.")).toBeInTheDocument();

    await user.click(within(panel).getByRole("button", { name: "Veröffentlichen" }));
    expect(await within(panel).findByText("Das Angebot ist veröffentlicht.")).toBeInTheDocument();
    expect(published).toEqual([offer.id]);
    expect(within(panel).queryByRole("button", { name: "Veröffentlichen" })).toBeNull();
  });

  it("does not open another organisation's offer for a provider", async () => {
    useViewerHandler(provider);
    useOfferEditorHandler(editorOffer(2, { organisation: otherOrganisation, publication: "PUBLISHED" }));
    renderApp(`/angebote/${offerId(2)}/bearbeiten`);
    expect(
      await screen.findByRole("heading", { level: 1, name: "Angebot nicht gefunden" }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText("Name")).toBeNull();
  });

  it("says when an offer does not exist", async () => {
    useViewerHandler(provider);
    useOfferEditorHandler();
    renderApp(`/angebote/${offerId(77)}/bearbeiten`);
    expect(
      await screen.findByRole("heading", { level: 1, name: "Angebot nicht gefunden" }, { timeout: 10_000 }),
    ).toBeInTheDocument();
  });
});
