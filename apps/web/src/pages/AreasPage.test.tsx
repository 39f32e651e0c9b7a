import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { AreaLevelsDocument, AreaListDocument } from "../generated/documents/area.ts";
import type { AreaLevel, AreaListQuery } from "../generated/graphql.ts";
import { areaRef, testArea } from "../test/fixtures.ts";
import { renderApp } from "../test/renderApp.tsx";
import { server } from "../test/server.ts";

const mitte = areaRef("01", "Mitte", "BEZIRK");
const kreuzberg = areaRef("02", "Friedrichshain-Kreuzberg", "BEZIRK");
const berlin = areaRef("11000000", "Berlin", "STADT");

const areasByLevel: Partial<Record<AreaLevel, AreaListQuery["areas"]>> = {
  BEZIRK: [
    { ...testArea("01", "Mitte", "BEZIRK", 0), parent: berlin },
    { ...testArea("02", "Friedrichshain-Kreuzberg", "BEZIRK", 1), parent: berlin },
    { ...testArea("07", "Tempelhof-Schöneberg", "BEZIRK", 2), parent: berlin },
  ],
  PLANUNGSRAUM: [
    { ...testArea("01100101", "Stülerstraße", "PLANUNGSRAUM", 0), parent: mitte },
    { ...testArea("01100102", "Großer Tiergarten", "PLANUNGSRAUM", 1), parent: mitte },
    { ...testArea("01200101", "Moabit West", "PLANUNGSRAUM", 2), parent: mitte },
    { ...testArea("02100101", "Askanischer Platz", "PLANUNGSRAUM", 3), parent: kreuzberg },
  ],
};

const levelCounts = [
  { __typename: "AreaLevelCount" as const, level: "STADT" as const, count: 1 },
  { __typename: "AreaLevelCount" as const, level: "BEZIRK" as const, count: 12 },
  { __typename: "AreaLevelCount" as const, level: "PLANUNGSRAUM" as const, count: 542 },
];

const requestedLevels: AreaLevel[] = [];

function useAreaHandlers() {
  requestedLevels.length = 0;
  server.use(
    graphql.query(AreaLevelsDocument, () => HttpResponse.json({ data: { areaLevels: levelCounts } })),
    graphql.query(AreaListDocument, ({ variables }) => {
      requestedLevels.push(variables.level);
      return HttpResponse.json({ data: { areas: areasByLevel[variables.level] ?? [] } });
    }),
  );
}

const rowNames = () =>
  within(screen.getByRole("table"))
    .getAllByRole("rowheader")
    .map((cell) => cell.textContent);

describe("Gebiete page", () => {
  it("shows the level from the URL, with counts on the level tabs", async () => {
    useAreaHandlers();
    renderApp("/gebiete?level=PLANUNGSRAUM");

    const tabs = await screen.findByRole("tablist", { name: "Ebene" });
    const selected = within(tabs).getByRole("tab", { selected: true });
    expect(selected).toHaveTextContent("Planungsräume");
    expect(selected).toHaveTextContent("542");
    expect(
      within(tabs)
        .getAllByRole("tab")
        .map((tab) => tab.textContent),
    ).toEqual(["Stadt1", "Bezirke12", "Planungsräume542"]);

    await screen.findByRole("table");
    expect(rowNames()).toEqual(["Stülerstraße", "Großer Tiergarten", "Moabit West", "Askanischer Platz"]);
    expect(requestedLevels).toEqual(["PLANUNGSRAUM"]);
    // Land area in km² with the German decimal comma, parent linked.
    const firstRow = within(screen.getByRole("table")).getAllByRole("row")[1];
    expect(firstRow).toHaveTextContent("2,29 km²");
    expect(within(firstRow as HTMLElement).getByRole("link", { name: "Mitte" })).toHaveAttribute("href", "/gebiete/01");
  });

  it("defaults to the districts and puts a newly chosen level into the URL", async () => {
    useAreaHandlers();
    const user = userEvent.setup();
    const { router } = renderApp("/gebiete");

    await screen.findByRole("table");
    expect(rowNames()).toEqual(["Mitte", "Friedrichshain-Kreuzberg", "Tempelhof-Schöneberg"]);
    expect(screen.getByRole("tab", { selected: true })).toHaveTextContent("Bezirke");

    await user.click(screen.getByRole("tab", { name: /Planungsräume/ }));
    expect(router.state.location.search).toBe("?level=PLANUNGSRAUM");
    await waitFor(() => expect(rowNames()).toContain("Askanischer Platz"));
  });

  it("filters by name or code and keeps the filter in the URL", async () => {
    useAreaHandlers();
    const user = userEvent.setup();
    const { router } = renderApp("/gebiete?level=PLANUNGSRAUM");

    await screen.findByRole("table");
    const filter = screen.getByRole("searchbox", { name: "Nach Name oder Schlüssel filtern" });
    await user.type(filter, "moabit");
    expect(rowNames()).toEqual(["Moabit West"]);
    expect(screen.getByText("1 von 4 Gebieten")).toBeInTheDocument();
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get("q")).toBe("moabit"));

    await user.clear(filter);
    await user.type(filter, "011001");
    expect(rowNames()).toEqual(["Stülerstraße", "Großer Tiergarten"]);

    await user.clear(filter);
    await user.type(filter, "xyz");
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    expect(screen.getByText("Kein Gebiet passt zu „xyz“.")).toBeInTheDocument();
  });

  it("applies a filter that arrives with the URL", async () => {
    useAreaHandlers();
    renderApp("/gebiete?level=BEZIRK&q=schoneberg");

    await screen.findByRole("table");
    expect(screen.getByRole("searchbox")).toHaveValue("schoneberg");
    expect(rowNames()).toEqual(["Tempelhof-Schöneberg"]);
  });

  it("says so when a level has no areas", async () => {
    useAreaHandlers();
    renderApp("/gebiete?level=STADT");
    expect(await screen.findByText("Auf dieser Ebene gibt es noch keine Gebiete.")).toBeInTheDocument();
  });
});
