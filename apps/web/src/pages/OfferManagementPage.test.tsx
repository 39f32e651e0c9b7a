import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { graphql, HttpResponse } from "msw";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ImportOffersDocument, OfferExportDocument } from "../generated/documents/offer.ts";
import type { ImportOffersMutationVariables } from "../generated/graphql.ts";
import { testViewer, useViewerHandler } from "../test/accounts.ts";
import {
  listOffer,
  otherOrganisation,
  ownOrganisation,
  useOfferListHandler,
  useOrganisationOptionsHandler,
} from "../test/offers.ts";
import { renderApp } from "../test/renderApp.tsx";
import { server } from "../test/server.ts";

const provider = { ...testViewer("PROVIDER"), organisations: [ownOrganisation] };

const offers = [
  listOffer(1, {
    name: "Schuldnerberatung",
    publication: "SUBMITTED",
    verificationDue: false,
    lastVerifiedAt: "2026-01-10T09:00:00.000Z",
  }),
  listOffer(2, {
    name: "Mittagstisch",
    publication: "PUBLISHED",
    verificationDue: true,
    lastVerifiedAt: "2024-12-01T09:00:00.000Z",
  }),
  listOffer(3, { name: "Sprachcafé", publication: "DRAFT" }),
  listOffer(4, { name: "Lebensmittelausgabe", publication: "SUBMITTED", organisation: otherOrganisation }),
];

// Generous timeouts: the first render loads the page chunk, slow on a busy machine.
describe("Offer dashboard", { timeout: 30_000 }, () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("lists a provider's own organisation's offers with state and verification flag", async () => {
    useViewerHandler(provider);
    const requests = useOfferListHandler(offers);
    renderApp("/angebote/verwalten");

    expect(
      await screen.findByRole("heading", { level: 1, name: "Angebote verwalten" }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    const table = await screen.findByRole("table");
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getByRole("rowheader").textContent)).toEqual([
      "Schuldnerberatung",
      "Mittagstisch",
      "Sprachcafé",
    ]);
    expect(within(table).queryByText("Lebensmittelausgabe")).toBeNull();
    // Providers start with all of their offers; every request is for their own organisation.
    expect(screen.getByRole("tab", { name: "Alle" })).toHaveAttribute("aria-selected", "true");
    expect(requests.every((request) => request.filter?.organisationId === ownOrganisation.id)).toBe(true);
    const mittagstisch = rows[1];
    if (!mittagstisch) throw new Error("row missing");
    expect(within(mittagstisch).getByText("Veröffentlicht")).toBeInTheDocument();
    expect(within(mittagstisch).getByText("Prüfung fällig")).toBeInTheDocument();
    expect(within(mittagstisch).getByText("01.12.2024")).toBeInTheDocument();
    expect(within(rows[0] ?? table).queryByText("Prüfung fällig")).toBeNull();
    expect(within(rows[2] ?? table).getByText("nie")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Schuldnerberatung" })).toHaveAttribute(
      "href",
      `/angebote/${offers[0]?.id}/bearbeiten`,
    );
    expect(screen.getByRole("link", { name: "Neues Angebot" })).toHaveAttribute("href", "/angebote/neu");
  });

  it("opens the review tab first for planners and filters by publication state", async () => {
    useViewerHandler(testViewer("PLANNER"));
    useOrganisationOptionsHandler();
    const requests = useOfferListHandler(offers);
    const user = userEvent.setup();
    const { router } = renderApp("/angebote/verwalten");

    const review = await screen.findByRole("tab", { name: "Zur Prüfung" }, { timeout: 10_000 });
    expect(screen.getAllByRole("tab")[0]).toBe(review);
    expect(review).toHaveAttribute("aria-selected", "true");
    const table = await screen.findByRole("table");
    expect(within(table).getByText("Schuldnerberatung")).toBeInTheDocument();
    expect(within(table).getByText("Lebensmittelausgabe")).toBeInTheDocument();
    expect(within(table).queryByText("Mittagstisch")).toBeNull();
    expect(requests.at(-1)?.filter).toEqual({ publication: ["SUBMITTED"] });

    await user.click(screen.getByRole("tab", { name: "Veröffentlicht" }));
    await waitFor(() => expect(within(screen.getByRole("table")).getByText("Mittagstisch")).toBeInTheDocument());
    expect(within(screen.getByRole("table")).queryByText("Schuldnerberatung")).toBeNull();
    expect(router.state.location.search).toBe("?publication=PUBLISHED");

    await user.selectOptions(await screen.findByLabelText("Organisation"), otherOrganisation.name);
    expect(await screen.findByText("Keine Angebote für diese Auswahl.")).toBeInTheDocument();
    expect(requests.at(-1)?.filter).toEqual({ publication: ["PUBLISHED"], organisationId: otherOrganisation.id });
  });

  it("says so when nothing waits for review", async () => {
    useViewerHandler(testViewer("PLANNER"));
    useOrganisationOptionsHandler();
    useOfferListHandler([]);
    renderApp("/angebote/verwalten");
    expect(
      await screen.findByText("Es wartet kein Angebot auf eine Prüfung.", {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
  });

  it("shows an error with a retry when the list cannot be loaded", async () => {
    useViewerHandler(provider);
    server.use(graphql.query("OfferAdminList", () => HttpResponse.json({ errors: [{ message: "boom" }] })));
    renderApp("/angebote/verwalten");
    expect(await screen.findByRole("button", { name: "Erneut versuchen" }, { timeout: 10_000 })).toBeInTheDocument();
  });

  it("does not offer the page to council staff", async () => {
    useViewerHandler(testViewer("VIEWER"));
    renderApp("/angebote/verwalten");
    expect(
      await screen.findByRole("heading", { level: 1, name: "Keine Berechtigung" }, { timeout: 10_000 }),
    ).toBeInTheDocument();
  });

  it("downloads the organisation's offers as HSDS JSON", async () => {
    useViewerHandler(provider);
    useOfferListHandler(offers);
    const asked: unknown[] = [];
    server.use(
      graphql.query(OfferExportDocument, ({ variables }) => {
        asked.push(variables);
        const file = {
          __typename: "OfferExport" as const,
          filename: "angebote-stadtteilzentrum.json",
          mediaType: "application/json",
          content: "[]",
          offerCount: 3,
        };
        return HttpResponse.json({ data: { offerExport: file } });
      }),
    );
    const blobs: Blob[] = [];
    const downloads: string[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return "blob:offers";
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    const user = userEvent.setup();
    renderApp("/angebote/verwalten");
    await user.click(await screen.findByRole("button", { name: "Als HSDS-JSON exportieren" }, { timeout: 10_000 }));

    expect(
      await screen.findByText("angebote-stadtteilzentrum.json mit 3 Angeboten heruntergeladen."),
    ).toBeInTheDocument();
    expect(asked).toEqual([{ organisationId: ownOrganisation.id, format: "HSDS_JSON" }]);
    expect(downloads).toEqual(["angebote-stadtteilzentrum.json"]);
    expect(await blobs[0]?.text()).toBe("[]");
    expect(blobs[0]?.type).toBe("application/json");
  });

  it("checks an import file first and shows its problems by line, then imports a good file", async () => {
    useViewerHandler(provider);
    useOfferListHandler(offers);
    const sent: ImportOffersMutationVariables[] = [];
    server.use(
      graphql.mutation(ImportOffersDocument, ({ variables }) => {
        sent.push(variables);
        const bad = variables.content.includes("kaputt");
        const report = {
          __typename: "OfferImportReport" as const,
          created: bad ? 0 : 2,
          updated: bad ? 0 : 1,
          applied: !bad && variables.dryRun === false,
          problems: bad
            ? [
                {
                  __typename: "OfferImportProblem" as const,
                  line: 3,
                  field: "cost",
                  message: "must be one of FREE, REDUCED, FEE",
                },
                { __typename: "OfferImportProblem" as const, line: 5, field: null, message: "unknown offer id" },
              ]
            : [],
        };
        return HttpResponse.json({ data: { importOffers: report } });
      }),
    );
    const user = userEvent.setup();
    renderApp("/angebote/verwalten");
    const fileInput = await screen.findByLabelText("Datei zum Import", {}, { timeout: 10_000 });

    await user.upload(fileInput, new File(["id;name\n;kaputt"], "angebote.csv", { type: "text/csv" }));
    await user.click(screen.getByRole("button", { name: "Datei prüfen" }));
    const problems = await screen.findByRole("region", { name: "Probleme in der Datei" });
    const rows = within(problems).getAllByRole("row").slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole("cell")
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ["3", "cost", "must be one of FREE, REDUCED, FEE"],
      ["5", "ganze Zeile", "unknown offer id"],
    ]);
    expect(screen.getByText(/2 Probleme – es wird nichts importiert/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Import ausführen" })).toBeNull();
    expect(sent).toEqual([
      { organisationId: ownOrganisation.id, format: "CSV", content: "id;name\n;kaputt", dryRun: true },
    ]);

    await user.upload(fileInput, new File(['[{"name":"gut"}]'], "angebote.json", { type: "application/json" }));
    expect(screen.getByLabelText("Format")).toHaveValue("HSDS_JSON");
    await user.click(screen.getByRole("button", { name: "Datei prüfen" }));
    expect(await screen.findByText(/Würde 2 Angebote anlegen/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Import ausführen" }));
    expect(await screen.findByText("Import abgeschlossen: 2 angelegt, 1 geändert.")).toBeInTheDocument();
    expect(sent.slice(1).map((request) => [request.format, request.dryRun])).toEqual([
      ["HSDS_JSON", true],
      ["HSDS_JSON", false],
    ]);
  });
});
