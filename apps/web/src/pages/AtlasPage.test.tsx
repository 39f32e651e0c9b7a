import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { AreaDetailDocument, AreaShapesDocument } from "../generated/graphql.ts";
import { type TestArea, testArea } from "../test/fixtures.ts";
import { renderApp } from "../test/renderApp.tsx";
import { server } from "../test/server.ts";

const planningAreas = [
  testArea("01100101", "Stülerstraße", "PLANUNGSRAUM", 0),
  testArea("01100102", "Großer Tiergarten", "PLANUNGSRAUM", 1),
  testArea("01100103", "Lützowstraße", "PLANUNGSRAUM", 2),
  testArea("02100101", "Askanischer Platz", "PLANUNGSRAUM", 3),
  testArea("02100102", "Mehringplatz", "PLANUNGSRAUM", 4),
];
const districts = [testArea("01", "Mitte", "BEZIRK", 0), testArea("02", "Friedrichshain-Kreuzberg", "BEZIRK", 3)];

function shapesHandler(byLevel: { PLANUNGSRAUM: TestArea[]; BEZIRK: TestArea[] }) {
  return graphql.query(AreaShapesDocument, ({ variables }) =>
    HttpResponse.json({ data: { areas: variables.level === "PLANUNGSRAUM" ? byLevel.PLANUNGSRAUM : byLevel.BEZIRK } }),
  );
}

const detailHandler = graphql.query(AreaDetailDocument, ({ variables }) => {
  const area = planningAreas.find((candidate) => candidate.code === variables.code);
  if (!area) return HttpResponse.json({ errors: [{ message: "not found", extensions: { code: "NOT_FOUND" } }] });
  const detail = { ...area, ancestors: [], children: [] };
  return HttpResponse.json({ data: { area: detail } });
});

const mapOf = () => screen.findByRole("group", { name: "Karte der Planungsräume" });

describe("Atlas page", () => {
  it("draws one path per planning area, with district outlines on top", async () => {
    server.use(shapesHandler({ PLANUNGSRAUM: planningAreas, BEZIRK: districts }));
    renderApp("/");

    expect(await screen.findByRole("heading", { level: 1, name: "Atlas" })).toBeInTheDocument();
    const map = await mapOf();
    const links = within(map).getAllByRole("link");
    expect(links).toHaveLength(5);
    expect(links.map((link) => link.getAttribute("data-code"))).toEqual(planningAreas.map((area) => area.code));
    expect(within(map).getByRole("link", { name: "Stülerstraße, Schlüssel 01100101" })).toBeInTheDocument();
    expect(screen.getByText("5 Planungsräume")).toBeInTheDocument();
    await waitFor(() => expect(map.querySelectorAll(".area-map__outlines path")).toHaveLength(2));
  });

  it("shows name and code on hover and opens the area page on click", async () => {
    server.use(shapesHandler({ PLANUNGSRAUM: planningAreas, BEZIRK: [] }), detailHandler);
    const user = userEvent.setup();
    const { router } = renderApp("/");

    const area = within(await mapOf()).getByRole("link", { name: /Großer Tiergarten/ });
    await user.hover(area);
    const tooltip = screen.getByRole("tooltip");
    expect(tooltip).toHaveTextContent("Großer Tiergarten");
    expect(tooltip).toHaveTextContent("Schlüssel 01100102");

    await user.unhover(area);
    expect(screen.queryByRole("tooltip")).not.toBeInTheDocument();

    await user.click(area);
    expect(router.state.location.pathname).toBe("/gebiete/01100102");
    expect(await screen.findByRole("heading", { level: 1, name: "Großer Tiergarten" })).toBeInTheDocument();
  });

  it("lets keyboard users reach an area and open it with Enter", async () => {
    server.use(shapesHandler({ PLANUNGSRAUM: planningAreas, BEZIRK: [] }), detailHandler);
    const user = userEvent.setup();
    const { router } = renderApp("/");

    const area = within(await mapOf()).getByRole("link", { name: /Lützowstraße/ });
    act(() => area.focus());
    expect(area).toHaveFocus();
    expect(screen.getByRole("tooltip")).toHaveTextContent("Lützowstraße");
    await user.keyboard("{Enter}");
    expect(router.state.location.pathname).toBe("/gebiete/01100103");
  });

  it("shows the error state on a GraphQL error and recovers on retry", async () => {
    let fail = true;
    server.use(
      graphql.query(AreaShapesDocument, ({ variables }) =>
        fail
          ? HttpResponse.json({
              errors: [{ message: "database unavailable", extensions: { code: "INTERNAL_SERVER_ERROR" } }],
            })
          : HttpResponse.json({ data: { areas: variables.level === "PLANUNGSRAUM" ? planningAreas : [] } }),
      ),
    );
    const user = userEvent.setup();
    renderApp("/");

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Die Daten konnten nicht geladen werden.");
    expect(alert).toHaveTextContent("database unavailable");
    expect(screen.queryByRole("group", { name: "Karte der Planungsräume" })).not.toBeInTheDocument();

    fail = false;
    await user.click(within(alert).getByRole("button", { name: "Erneut versuchen" }));
    expect(within(await mapOf()).getAllByRole("link")).toHaveLength(5);
  });

  it("explains an empty map instead of drawing nothing", async () => {
    server.use(shapesHandler({ PLANUNGSRAUM: [], BEZIRK: [] }));
    renderApp("/");
    expect(await screen.findByText(/Es sind noch keine Planungsräume mit Grenzen vorhanden/)).toBeInTheDocument();
  });
});
