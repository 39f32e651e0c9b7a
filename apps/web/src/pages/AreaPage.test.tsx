import { screen, within } from "@testing-library/react";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { AreaDetailDocument } from "../generated/graphql.ts";
import { areaRef, testArea } from "../test/fixtures.ts";
import { renderApp } from "../test/renderApp.tsx";
import { server } from "../test/server.ts";

const berlin = areaRef("11000000", "Berlin", "STADT");
const mitte = { ...testArea("01", "Mitte", "BEZIRK", 0), areaM2: 39_470_000 };

describe("Gebiet page", () => {
  it("shows breadcrumbs, key facts, a map of the children and links to them", async () => {
    server.use(
      graphql.query(AreaDetailDocument, () =>
        HttpResponse.json({
          data: {
            area: {
              ...mitte,
              ancestors: [berlin],
              children: [
                testArea("0110", "Zentrum", "PROGNOSERAUM", 0),
                testArea("0120", "Moabit", "PROGNOSERAUM", 1),
                testArea("0130", "Gesundbrunnen", "PROGNOSERAUM", 2),
              ],
            },
          },
        }),
      ),
    );
    renderApp("/gebiete/01");

    expect(await screen.findByRole("heading", { level: 1, name: "Mitte" })).toBeInTheDocument();
    const crumbs = screen.getByRole("navigation", { name: "Brotkrumennavigation" });
    expect(within(crumbs).getByRole("link", { name: "Gebiete" })).toHaveAttribute("href", "/gebiete?level=BEZIRK");
    expect(within(crumbs).getByRole("link", { name: "Berlin" })).toHaveAttribute("href", "/gebiete/11000000");

    const facts = screen.getByRole("region", { name: "Eckdaten" });
    expect(facts).toHaveTextContent("39,47 km²");
    expect(facts).toHaveTextContent("Bezirk");

    const map = screen.getByRole("group", { name: "Karte von Mitte mit Prognoseräume" });
    expect(
      within(map)
        .getAllByRole("link")
        .map((path) => path.getAttribute("data-code")),
    ).toEqual(["0110", "0120", "0130"]);
    expect(screen.getByRole("heading", { name: "Untergeordnete Gebiete: Prognoseräume" })).toBeInTheDocument();
    expect(within(screen.getByRole("table")).getByRole("link", { name: "Moabit" })).toHaveAttribute(
      "href",
      "/gebiete/0120",
    );
  });

  it("draws the area alone when it has no subdivisions", async () => {
    const area = { ...testArea("01100101", "Stülerstraße", "PLANUNGSRAUM", 0), ancestors: [berlin], children: [] };
    server.use(graphql.query(AreaDetailDocument, () => HttpResponse.json({ data: { area } })));
    renderApp("/gebiete/01100101");

    expect(await screen.findByRole("img", { name: "Karte von Stülerstraße" })).toBeInTheDocument();
    expect(screen.getByText("Dieses Gebiet ist nicht weiter unterteilt.")).toBeInTheDocument();
  });

  it("says clearly when there is no area with the code", async () => {
    server.use(
      graphql.query(AreaDetailDocument, ({ variables }) =>
        HttpResponse.json({
          data: null,
          errors: [
            {
              message: `Area ${variables.code} not found`,
              path: ["area"],
              extensions: { code: "NOT_FOUND", entity: "Area", key: variables.code },
            },
          ],
        }),
      ),
    );
    renderApp("/gebiete/99999999");

    expect(await screen.findByRole("heading", { level: 1, name: "Gebiet nicht gefunden" })).toBeInTheDocument();
    expect(screen.getByText(/kein Gebiet mit dem Schlüssel „99999999“/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Zur Gebietsliste" })).toHaveAttribute("href", "/gebiete");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("treats other errors as errors, not as a missing area", async () => {
    server.use(graphql.query(AreaDetailDocument, () => HttpResponse.json({ errors: [{ message: "boom" }] })));
    renderApp("/gebiete/01");
    expect(await screen.findByRole("alert")).toHaveTextContent("Die Daten konnten nicht geladen werden.");
  });
});
