import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { DirectoryOffersDocument } from "../generated/documents/directory.ts";
import { testViewer, useViewerHandler } from "../test/accounts.ts";
import { cardOffer, useDirectoryHandlers } from "../test/directory.ts";
import { renderApp } from "../test/renderApp.tsx";
import { server } from "../test/server.ts";

/** The visible count (a hidden live region says the same for screen readers). */
const countSelector = { selector: ".result-count strong" };

const resultList = () => {
  const list = document.querySelector(".directory-results__cards");
  if (!(list instanceof HTMLElement)) throw new Error("no result list");
  return list;
};

describe("Angebote (public directory)", () => {
  it("turns the URL into the API filter and shows the results as cards", async () => {
    const requests = useDirectoryHandlers([
      cardOffer(1, {
        name: "Kita Rollberg (Beispiel)",
        cost: "REDUCED",
        costDescription: "23 € Verpflegung im Monat",
        acceptedSocialPasses: ["berlinpass"],
        stepFree: true,
        easyLanguage: true,
        inductionLoop: false,
        isOpenAt: true,
        distanceKm: 1.234,
      }),
      cardOffer(2, { name: "Familienzentrum Rollberg (Beispiel)", distanceKm: 1.9 }),
    ]);
    renderApp(
      "/angebote?q=kita&kategorie=Kita%2FKinderbetreuung&zielgruppe=Familien&alter=4&sprache=tr&gebiet=08" +
        "&nahe=52.48,13.43&radius=5&kosten=FREE,REDUCED&sozialpass=berlinpass&barrierefrei=stepFree&jetzt=1",
    );

    // The first test also waits for the page's chunk and texts.
    expect(await screen.findByText("2 Angebote", countSelector, { timeout: 5000 })).toBeInTheDocument();
    // Screen readers hear the count from a live region that stays in the page.
    expect(screen.getAllByRole("status").map((status) => status.textContent)).toContain("2 Angebote");
    const variables = requests.at(-1);
    expect(variables?.filter).toMatchObject({
      search: "kita",
      categories: ["Kita/Kinderbetreuung"],
      targetGroups: ["Familien"],
      age: 4,
      languages: ["tr"],
      areaCode: "08",
      near: { latitude: 52.48, longitude: 13.43 },
      radiusKm: 5,
      cost: ["FREE", "REDUCED"],
      socialPass: "berlinpass",
      stepFree: true,
      status: ["ACTIVE", "TEMPORARILY_CLOSED"],
    });
    expect(variables?.filter.openAt).toEqual(variables?.at);
    expect(variables).toMatchObject({ first: 20, withDistance: true, from: { latitude: 52.48, longitude: 13.43 } });

    // The link's accessible name is exactly the offer's name.
    const link = screen.getByRole("link", { name: "Kita Rollberg (Beispiel)" });
    expect(link).toHaveAttribute("href", "/angebote/offer-1");
    const card = link.closest("article") as HTMLElement;
    expect(within(card).getByText("Tafel Kiez e. V. (Beispiel)")).toBeInTheDocument();
    expect(within(card).getByText("jetzt geöffnet")).toBeInTheDocument();
    expect(within(card).getByText("1,2 km entfernt")).toBeInTheDocument();
    expect(within(card).getByText(/Ermäßigt oder kleiner Beitrag: 23 € Verpflegung im Monat/)).toBeInTheDocument();
    expect(within(card).getByText(/berlinpass wird akzeptiert/)).toBeInTheDocument();
    expect(within(card).getByText("Beispielweg 1, 12043 Berlin")).toBeInTheDocument();
    // Only features that are known to be there, each with its name in text.
    expect(
      within(card)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["Stufenlos erreichbar", "Leichte Sprache"]);

    // The form starts from the URL, with the filters open.
    expect(screen.getByRole("searchbox", { name: /Suchbegriff/ })).toHaveValue("kita");
    expect(screen.getByRole("checkbox", { name: "Stufenlos erreichbar" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Jetzt geöffnet" })).toBeChecked();
    expect(screen.getByRole("textbox", { name: /Koordinaten/ })).toHaveValue("52.48, 13.43");
  });

  it("puts a new search into the URL and asks the API again", async () => {
    const requests = useDirectoryHandlers([cardOffer(1), cardOffer(2)]);
    const user = userEvent.setup();
    const { router } = renderApp("/angebote");
    await screen.findByText("2 Angebote", countSelector);
    expect(requests.at(-1)?.filter).toEqual({ status: ["ACTIVE", "TEMPORARILY_CLOSED"] });
    expect(requests.at(-1)?.withDistance).toBe(false);

    await user.type(screen.getByRole("searchbox", { name: /Suchbegriff/ }), "Beratung");
    await user.click(screen.getByText("Filter"));
    await user.click(screen.getByRole("checkbox", { name: "Kostenlos" }));
    await user.click(screen.getByRole("checkbox", { name: "Ermäßigt oder kleiner Beitrag" }));
    await user.click(screen.getByRole("checkbox", { name: "berlinpass wird akzeptiert" }));
    await user.click(screen.getByRole("checkbox", { name: "Leichte Sprache" }));
    await user.selectOptions(await screen.findByRole("combobox", { name: "Art des Angebots" }), "Schuldnerberatung");
    await user.selectOptions(screen.getByRole("combobox", { name: "Sprache" }), "Türkisch");
    await user.selectOptions(screen.getByRole("combobox", { name: "Bezirk oder Planungsraum" }), "Rollberg");
    await user.click(screen.getAllByRole("button", { name: "Suchen" })[0] as HTMLElement);

    const params = new URLSearchParams(router.state.location.search);
    expect(Object.fromEntries(params)).toEqual({
      q: "Beratung",
      kategorie: "Schuldnerberatung",
      sprache: "tr",
      gebiet: "08100521",
      kosten: "FREE,REDUCED",
      sozialpass: "berlinpass",
      barrierefrei: "easyLanguage",
    });
    await waitFor(() =>
      expect(requests.at(-1)?.filter).toMatchObject({
        search: "Beratung",
        cost: ["FREE", "REDUCED"],
        easyLanguage: true,
        areaCode: "08100521",
      }),
    );
  });

  it("refuses coordinates it cannot read, with the error at the field", async () => {
    useDirectoryHandlers([cardOffer(1)]);
    const user = userEvent.setup();
    const { router } = renderApp("/angebote?alter=5");
    await screen.findByText("1 Angebot", countSelector);
    const near = screen.getByRole("textbox", { name: /Koordinaten/ });
    await user.type(near, "Hermannplatz");
    await user.click(screen.getAllByRole("button", { name: "Suchen" })[0] as HTMLElement);
    expect(near).toHaveAttribute("aria-invalid", "true");
    expect(near).toHaveAccessibleDescription(/Bitte als Breite, Länge eingeben/);
    expect(router.state.location.search).toBe("?alter=5");
  });

  it("says when nothing was found and how to find more", async () => {
    useDirectoryHandlers([]);
    renderApp("/angebote?q=Zirkus&kosten=FEE");
    expect(await screen.findByText("Keine Angebote gefunden", { selector: ".state__title" })).toBeInTheDocument();
    expect(screen.getByText(/Entfernen Sie einzelne Filter/)).toBeInTheDocument();
    expect(screen.getAllByRole("link", { name: "Alle Filter entfernen" })[0]).toHaveAttribute("href", "/angebote");
  });

  it("shows more results on request, keeps the page in the URL and focuses the first new offer", async () => {
    const offers = Array.from({ length: 45 }, (_, index) => cardOffer(index + 1));
    const requests = useDirectoryHandlers(offers);
    const user = userEvent.setup();
    const { router } = renderApp("/angebote");

    expect(await screen.findByText("45 Angebote", countSelector)).toBeInTheDocument();
    expect(screen.getByText("20 von 45 werden angezeigt.")).toBeInTheDocument();
    expect(within(resultList()).getAllByRole("article")).toHaveLength(20);

    await user.click(screen.getByRole("button", { name: "Mehr anzeigen" }));
    expect(new URLSearchParams(router.state.location.search).get("seite")).toBe("2");
    await waitFor(() => expect(within(resultList()).getAllByRole("article")).toHaveLength(40));
    expect(requests.at(-1)?.first).toBe(40);
    await waitFor(() => expect(screen.getByRole("link", { name: "Angebot 21" })).toHaveFocus());

    await user.click(screen.getByRole("button", { name: "Mehr anzeigen" }));
    await waitFor(() => expect(within(resultList()).getAllByRole("article")).toHaveLength(45));
    expect(screen.queryByRole("button", { name: "Mehr anzeigen" })).not.toBeInTheDocument();
    expect(screen.queryByText(/werden angezeigt/)).not.toBeInTheDocument();
  });

  it("loads every page of a shared link at once", async () => {
    const requests = useDirectoryHandlers(Array.from({ length: 30 }, (_, index) => cardOffer(index + 1)));
    renderApp("/angebote?seite=2");
    await screen.findByText("30 Angebote", countSelector);
    expect(within(resultList()).getAllByRole("article")).toHaveLength(30);
    expect(requests.map((request) => request.first)).toEqual([40]);
  });

  it("puts each offer on the map as a labelled point that leads to its card", async () => {
    useDirectoryHandlers([cardOffer(1, { name: "Kita Rollberg (Beispiel)" })]);
    const user = userEvent.setup();
    renderApp("/angebote");
    const point = await screen.findByRole("button", {
      name: "In der Liste zeigen: Kita Rollberg (Beispiel), Beispielweg 1",
    });
    point.focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("link", { name: "Kita Rollberg (Beispiel)" })).toHaveFocus();
    // On phones the map is behind a toggle.
    expect(screen.getByRole("button", { name: "Karte zeigen" })).toHaveAttribute("aria-expanded", "false");
  });

  it("shows an error with a way to try again", async () => {
    useDirectoryHandlers([]);
    server.use(graphql.query(DirectoryOffersDocument, () => HttpResponse.json({ errors: [{ message: "boom" }] })));
    renderApp("/angebote");
    expect(await screen.findByRole("alert")).toHaveTextContent("Die Daten konnten nicht geladen werden.");
    expect(screen.getByRole("button", { name: "Erneut versuchen" })).toBeInTheDocument();
  });

  it("links to the management pages for providers, planners and admins only", async () => {
    useDirectoryHandlers([cardOffer(1)]);
    const viewer = useViewerHandler(null);
    const first = renderApp("/angebote");
    await screen.findByText("1 Angebot", countSelector);
    expect(screen.queryByRole("link", { name: "Angebote verwalten" })).not.toBeInTheDocument();
    first.unmount();

    for (const role of ["PROVIDER", "PLANNER", "ADMIN", "VIEWER"] as const) {
      viewer.set(testViewer(role));
      const view = renderApp("/angebote");
      await screen.findByText("1 Angebot", countSelector);
      // Once the account menu shows who is signed in, the header knows the role too.
      await screen.findByText(testViewer(role).name);
      const header = document.querySelector(".page-header") as HTMLElement;
      const links = within(header).queryAllByRole("link", { name: "Angebote verwalten" });
      expect(links.map((link) => link.getAttribute("href"))).toEqual(role === "VIEWER" ? [] : ["/angebote/verwalten"]);
      view.unmount();
    }
  });
});
