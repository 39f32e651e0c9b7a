import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import {
  CreateIndicatorDocument,
  IndicatorDefinitionDocument,
  UpdateIndicatorDocument,
} from "../generated/documents/indicator.ts";
import type { CreateIndicatorMutationVariables, UpdateIndicatorMutationVariables } from "../generated/graphql.ts";
import { graphqlError, testViewer, useViewerHandler } from "../test/accounts.ts";
import {
  catalogueHandler,
  mssLicence,
  mssSource,
  type TestIndicator,
  testIndicator,
  unemployment,
} from "../test/indicators.ts";
import { renderApp } from "../test/renderApp.tsx";
import { server } from "../test/server.ts";

/** Answers the definition query from a list that a test may change (after saving). */
function useDefinitionHandler(indicators: TestIndicator[]) {
  server.use(
    catalogueHandler(),
    graphql.query(IndicatorDefinitionDocument, ({ variables }) => {
      const indicatorByKey = indicators.find((indicator) => indicator.key === variables.key);
      return indicatorByKey
        ? HttpResponse.json({ data: { indicatorByKey } })
        : graphqlError("NOT_FOUND", `Indicator ${variables.key} not found`);
    }),
  );
}

describe("Indikator: definition", () => {
  it("shows everybody the whole definition, with source and licence, read-only", async () => {
    useDefinitionHandler([unemployment]);
    renderApp("/indikatoren/mss2021.s1");

    expect(await screen.findByRole("heading", { level: 1, name: "Arbeitslosigkeit" })).toBeInTheDocument();
    const definition = screen.getByRole("region", { name: "Definition" });
    const facts = Object.fromEntries(
      within(definition)
        .getAllByRole("term")
        .map((term) => [term.textContent, term.nextElementSibling?.textContent]),
    );
    expect(facts).toEqual({
      Schlüssel: "mss2021.s1",
      Thema: "Arbeit",
      Einheit: "%",
      Wertung: "höher ist ungünstiger",
      Beschreibung: "Arbeitslosigkeit je 100 Einwohnerinnen und Einwohner, am 31.12.2020.",
      Zähler: "Arbeitslose nach SGB II",
      Nenner: "Einwohnerinnen und Einwohner von 15 Jahren bis zum Rentenalter",
      Quelle: mssSource,
      Lizenz: mssLicence,
      Nachkommastellen: "2",
      Geheimhaltung:
        "Fallzahlen unter 3 und Gebiete mit weniger als 300 Einwohnerinnen und Einwohnern werden geschützt. Fallzahlen werden nicht gerundet.",
    });
    expect(screen.getByRole("link", { name: "Im Explorer zeigen" })).toHaveAttribute(
      "href",
      "/indikatoren?ind=mss2021.s1",
    );
    expect(screen.queryByRole("link", { name: "Definition bearbeiten" })).not.toBeInTheDocument();
  });

  it("says clearly when there is no indicator with the key", async () => {
    useDefinitionHandler([]);
    renderApp("/indikatoren/gibt-es-nicht");
    expect(await screen.findByRole("heading", { level: 1, name: "Indikator nicht gefunden" })).toBeInTheDocument();
    expect(screen.getByText(/keinen Indikator mit dem Schlüssel „gibt-es-nicht“/)).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("treats other errors as errors, with a retry", async () => {
    server.use(graphql.query(IndicatorDefinitionDocument, () => HttpResponse.json({ errors: [{ message: "boom" }] })));
    renderApp("/indikatoren/mss2021.s1");
    expect(await screen.findByRole("alert")).toHaveTextContent("Die Daten konnten nicht geladen werden.");
    expect(screen.getByRole("button", { name: "Erneut versuchen" })).toBeInTheDocument();
  });

  it("sends the public to the sign-in page and tells council staff that only planners edit", async () => {
    useDefinitionHandler([unemployment]);
    const viewer = useViewerHandler(null);
    const first = renderApp("/indikatoren/mss2021.s1/bearbeiten");
    await waitFor(() => expect(first.router.state.location.pathname).toBe("/anmelden"));
    first.unmount();

    viewer.set(testViewer("VIEWER"));
    renderApp("/indikatoren/mss2021.s1/bearbeiten");
    expect(await screen.findByRole("heading", { level: 1, name: "Keine Berechtigung" })).toBeInTheDocument();
  });
});

describe("Indikator: editing (planners)", () => {
  it("shows the API's field errors at their fields and focuses the first", async () => {
    useViewerHandler(testViewer("PLANNER"));
    useDefinitionHandler([unemployment]);
    server.use(
      graphql.mutation(UpdateIndicatorDocument, () =>
        graphqlError("BAD_USER_INPUT", "Invalid input", {
          fieldErrors: [
            { field: "licence", message: "use at most 500 characters" },
            { field: "disclosure.minPopulation", message: "must be at most 1000000" },
          ],
        }),
      ),
    );
    const user = userEvent.setup();
    renderApp("/indikatoren/mss2021.s1");
    await user.click(await screen.findByRole("link", { name: "Definition bearbeiten" }));

    expect(await screen.findByRole("heading", { level: 1, name: "Arbeitslosigkeit bearbeiten" })).toBeInTheDocument();
    const licence = screen.getByRole("textbox", { name: "Lizenz" });
    expect(licence).toHaveValue(mssLicence);
    expect(screen.getByRole("textbox", { name: "Schlüssel" })).toHaveAttribute("readonly");
    await user.clear(licence);
    await user.type(licence, "x".repeat(20));
    await user.click(screen.getByRole("button", { name: "Änderungen speichern" }));

    await waitFor(() => expect(licence).toHaveAttribute("aria-invalid", "true"));
    expect(licence).toHaveAccessibleDescription(
      "Zum Beispiel CC BY 3.0 DE oder dl-de/by-2-0. Sie ist für alle sichtbar. Höchstens 500 Zeichen.",
    );
    expect(licence).toHaveFocus();
    expect(
      screen.getByRole("spinbutton", { name: "Kleinste Einwohnerzahl eines Gebiets" }),
    ).toHaveAccessibleDescription(
      "Werte von Gebieten mit weniger Einwohnerinnen und Einwohnern werden nicht gezeigt. Höchstens 1000000.",
    );
    expect(screen.getByRole("textbox", { name: "Name" })).not.toHaveAttribute("aria-invalid");
    expect(screen.getByText("Bitte korrigieren Sie die markierten Angaben.").closest('[role="alert"]')).not.toBeNull();
  });

  it("says so when saving fails for another reason, and keeps the input", async () => {
    useViewerHandler(testViewer("PLANNER"));
    useDefinitionHandler([unemployment]);
    server.use(graphql.mutation(UpdateIndicatorDocument, () => HttpResponse.error()));
    const user = userEvent.setup();
    renderApp("/indikatoren/mss2021.s1/bearbeiten");
    const licence = await screen.findByRole("textbox", { name: "Lizenz" });
    await user.clear(licence);
    await user.type(licence, "CC0");
    await user.click(screen.getByRole("button", { name: "Änderungen speichern" }));

    expect(await screen.findByText(/^Das hat nicht geklappt\./)).toBeInTheDocument();
    expect(screen.getByText(/^Das hat nicht geklappt\./).closest('[role="alert"]')).not.toBeNull();
    expect(licence).toHaveValue("CC0");
    expect(screen.getByRole("button", { name: "Änderungen speichern" })).toBeEnabled();
  });

  it("checks required fields and numbers before sending", async () => {
    useViewerHandler(testViewer("PLANNER"));
    useDefinitionHandler([unemployment]);
    let requests = 0;
    server.use(
      graphql.mutation(UpdateIndicatorDocument, () => {
        requests++;
        return HttpResponse.json({ data: null });
      }),
    );
    const user = userEvent.setup();
    renderApp("/indikatoren/mss2021.s1/bearbeiten");
    await user.clear(await screen.findByRole("textbox", { name: "Name" }));
    const decimals = screen.getByRole("spinbutton", { name: "Nachkommastellen" });
    await user.clear(decimals);
    await user.type(decimals, "9");
    await user.click(screen.getByRole("button", { name: "Änderungen speichern" }));

    expect(screen.getByRole("textbox", { name: "Name" })).toHaveAccessibleDescription(
      "Bitte füllen Sie dieses Feld aus.",
    );
    expect(screen.getByRole("textbox", { name: "Name" })).toHaveFocus();
    expect(decimals).toHaveAccessibleDescription("0 bis 6 Höchstens 6.");
    expect(requests).toBe(0);
  });

  it("saves a changed licence and shows it on the definition page", async () => {
    useViewerHandler(testViewer("PLANNER"));
    const stored = [unemployment];
    useDefinitionHandler(stored);
    const sent: UpdateIndicatorMutationVariables[] = [];
    server.use(
      graphql.mutation(UpdateIndicatorDocument, ({ variables }) => {
        sent.push(variables);
        const updateIndicator = {
          ...unemployment,
          licence: variables.input.licence,
          updatedAt: "2026-05-12T10:00:00.000Z",
        };
        return HttpResponse.json({ data: { updateIndicator } });
      }),
    );
    const user = userEvent.setup();
    const { router } = renderApp("/indikatoren/mss2021.s1/bearbeiten");
    const licence = await screen.findByRole("textbox", { name: "Lizenz" });
    await user.clear(licence);
    await user.type(licence, "Datenlizenz Deutschland – Namensnennung – Version 2.0");
    await user.click(screen.getByRole("button", { name: "Änderungen speichern" }));

    expect(await screen.findByText("Die Definition ist gespeichert.")).toBeInTheDocument();
    expect(sent).toEqual([
      {
        id: unemployment.id,
        input: {
          key: "mss2021.s1",
          name: "Arbeitslosigkeit",
          description: "Arbeitslosigkeit je 100 Einwohnerinnen und Einwohner, am 31.12.2020.",
          unit: "%",
          polarity: "HIGHER_IS_WORSE",
          numeratorDefinition: "Arbeitslose nach SGB II",
          denominatorDefinition: "Einwohnerinnen und Einwohner von 15 Jahren bis zum Rentenalter",
          topic: "Arbeit",
          source: mssSource,
          licence: "Datenlizenz Deutschland – Namensnennung – Version 2.0",
          decimals: 2,
          disclosure: { minCount: 3, minPopulation: 300, rounding: "NONE" },
        },
      },
    ]);

    // The answer updates the cache: the definition page shows the new licence at once.
    await user.click(screen.getByRole("link", { name: "Zurück zur Definition" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/indikatoren/mss2021.s1"));
    const definition = await screen.findByRole("region", { name: "Definition" });
    expect(definition).toHaveTextContent("Datenlizenz Deutschland – Namensnennung – Version 2.0");
  });

  // Typing a whole form takes a while on a busy machine.
  it("creates an indicator and opens its definition; a key in use is a field error", async () => {
    useViewerHandler(testViewer("PLANNER"));
    const created = testIndicator("beispiel.spielplatz", {
      name: "Spielplatzfläche je Kind",
      unit: "m²",
      polarity: "HIGHER_IS_BETTER",
      topic: "Wohnen",
      source: "Bezirksamt (Beispiel)",
      licence: "CC BY 4.0",
      decimals: 1,
      disclosure: { ...unemployment.disclosure, minCount: 5, rounding: "TEN" },
    });
    useDefinitionHandler([created]);
    const sent: CreateIndicatorMutationVariables[] = [];
    server.use(
      graphql.mutation(CreateIndicatorDocument, ({ variables }) => {
        sent.push(variables);
        return sent.length === 1
          ? graphqlError("BAD_USER_INPUT", "Invalid input", {
              fieldErrors: [{ field: "key", message: "an indicator with key mss2021.s1 already exists" }],
            })
          : HttpResponse.json({ data: { createIndicator: created } });
      }),
    );
    const user = userEvent.setup();
    const { router } = renderApp("/indikatoren/neu");

    const key = await screen.findByRole("textbox", { name: "Schlüssel" });
    await user.type(key, "mss2021.s1");
    await user.type(screen.getByRole("textbox", { name: "Name" }), created.name);
    await user.type(screen.getByRole("textbox", { name: "Beschreibung" }), created.description);
    await user.type(screen.getByRole("combobox", { name: "Thema" }), "Wohnen");
    await user.type(screen.getByRole("combobox", { name: "Einheit" }), "m²");
    await user.selectOptions(screen.getByRole("combobox", { name: "Wertung" }), "höher ist günstiger");
    await user.type(screen.getByRole("textbox", { name: "Quelle" }), "Bezirksamt (Beispiel)");
    await user.type(screen.getByRole("textbox", { name: "Lizenz" }), "CC BY 4.0");
    const minCount = screen.getByRole("spinbutton", { name: "Kleinste gezeigte Fallzahl" });
    await user.clear(minCount);
    await user.type(minCount, "5");
    await user.selectOptions(
      screen.getByRole("combobox", { name: "Rundung der Fallzahlen" }),
      "auf Vielfache von 10 runden",
    );
    await user.click(screen.getByRole("button", { name: "Indikator anlegen" }));

    await waitFor(() =>
      expect(key).toHaveAccessibleDescription(
        expect.stringContaining("Diesen Schlüssel hat schon ein anderer Indikator."),
      ),
    );
    expect(key).toHaveFocus();

    await user.clear(key);
    await user.type(key, "beispiel.spielplatz");
    await user.click(screen.getByRole("button", { name: "Indikator anlegen" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/indikatoren/beispiel.spielplatz"));
    expect(await screen.findByRole("heading", { level: 1, name: "Spielplatzfläche je Kind" })).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Der Indikator „Spielplatzfläche je Kind“ ist angelegt.");
    expect(sent[1]).toEqual({
      input: {
        key: "beispiel.spielplatz",
        name: "Spielplatzfläche je Kind",
        description: created.description,
        unit: "m²",
        polarity: "HIGHER_IS_BETTER",
        numeratorDefinition: null,
        denominatorDefinition: null,
        topic: "Wohnen",
        source: "Bezirksamt (Beispiel)",
        licence: "CC BY 4.0",
        decimals: 1,
        disclosure: { minCount: 5, minPopulation: 300, rounding: "TEN" },
      },
    });
  }, 20_000);
});
