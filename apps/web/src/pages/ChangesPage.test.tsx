import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { ChangeActorNamesDocument, ChangeListDocument, EntityHistoryDocument } from "../generated/documents/audit.ts";
import type { ChangeAction, ChangeListQueryVariables } from "../generated/graphql.ts";
import { changeLanguage } from "../i18n/i18n.ts";
import { graphqlError, testViewer, useViewerHandler } from "../test/accounts.ts";
import { renderApp } from "../test/renderApp.tsx";
import { server } from "../test/server.ts";

const paula = testViewer("PLANNER");
const offerId = "30000000-0000-4000-8000-000000000001";

function entry(
  id: number,
  fields: { at: string; actor: string; entity: string; entityId: string; action: ChangeAction; changes: unknown },
) {
  return { __typename: "ChangeLogEntry" as const, id: String(id), ...fields };
}

const offerUpdate = entry(3, {
  at: "2026-03-02T09:15:00.000Z",
  actor: paula.id,
  entity: "Offer",
  entityId: offerId,
  action: "UPDATE",
  changes: {
    name: { from: "Familiencafé", to: "Familiencafé Moabit" },
    free: { from: false, to: true },
    description: { from: null, to: `Offenes Café für Familien mit Kindern. ${"Beratung und Austausch. ".repeat(5)}` },
  },
});
const offerCreate = entry(2, {
  at: "2026-02-27T16:40:00.000Z",
  actor: "seed",
  entity: "Offer",
  entityId: offerId,
  action: "CREATE",
  changes: { name: "Familiencafé", free: false, targetGroups: ["FAMILIEN", "KINDER"], startsOn: "2026-01-01" },
});
const programmeArchive = entry(1, {
  at: "2026-02-20T08:00:00.000Z",
  actor: "anonymous",
  entity: "Programme",
  entityId: "prog-qm-moabit",
  action: "ARCHIVE",
  changes: null,
});

interface Page {
  entries: ReturnType<typeof entry>[];
  totalCount: number;
  endCursor?: string;
}

function connection({ entries, totalCount, endCursor }: Page) {
  return {
    __typename: "ChangeLogConnection",
    totalCount,
    pageInfo: { __typename: "PageInfo", hasNextPage: endCursor !== undefined, endCursor: endCursor ?? null },
    edges: entries.map((node) => ({ __typename: "ChangeLogEdge", cursor: `cursor-${node.id}`, node })),
  };
}

/** Answers the change list by the `after` cursor; records every request's variables. */
function useChangesHandler(pages: Record<string, Page | (() => Response)>) {
  const requests: ChangeListQueryVariables[] = [];
  server.use(
    graphql.query(ChangeListDocument, ({ variables }) => {
      requests.push(variables);
      const page = pages[variables.after ?? "first"];
      if (page === undefined) return graphqlError("BAD_USER_INPUT", "Invalid cursor in `after`");
      return typeof page === "function" ? page() : HttpResponse.json({ data: { changes: connection(page) } });
    }),
  );
  return requests;
}

const rows = () =>
  within(screen.getByRole("table", { name: /^(Änderungen, die neuesten zuerst|Changes, newest first)$/ }))
    .getAllByRole("row")
    .slice(1)
    .filter((row) => !row.classList.contains("change-entry__detail"))
    .map((row) => [...row.querySelectorAll(":scope > th, :scope > td")].map((cell) => cell.textContent?.trim()));

describe("Change log", () => {
  it("lists the changes with time, actor, object, action and the changed fields old → new", async () => {
    useViewerHandler(paula);
    const requests = useChangesHandler({
      first: { entries: [offerUpdate, offerCreate, programmeArchive], totalCount: 3 },
    });
    renderApp("/verwaltung/aenderungen");

    expect(await screen.findByRole("heading", { level: 1, name: "Änderungsprotokoll" })).toBeInTheDocument();
    await screen.findByRole("table");
    expect(screen.getByText("3 von 3 Änderungen")).toBeInTheDocument();
    const [update, create, archive] = rows();
    expect(update).toEqual([
      "02.03.2026, 09:15",
      "00000000…",
      "Angebot ID 30000000…",
      "Geändert",
      expect.stringContaining("name: Familiencafé → geändert zu Familiencafé Moabit"),
      "Details",
    ]);
    expect(update?.[4]).toContain("free: Nein → geändert zu Ja");
    expect(update?.[4]).toContain("description: – → geändert zu Offenes Café für Familien");
    expect(create?.slice(0, 4)).toEqual(["27.02.2026, 16:40", "seed", "Angebot ID 30000000…", "Angelegt"]);
    expect(create?.[4]).toBe(
      "name: Familiencafé" + "free: Nein" + "targetGroups: FAMILIEN, KINDER" + "startsOn: 01.01.2026",
    );
    expect(archive).toEqual([
      "20.02.2026, 08:00",
      "anonymous",
      "Programm ID prog-qm-moabit",
      "Archiviert",
      "keine Feldwerte erfasst",
      "Details",
    ]);

    // Planners cannot list users: the actor is the raw id, shortened, the whole id in the title.
    const actorLink = screen.getByRole("link", { name: "Nur Änderungen von 00000000… zeigen" });
    expect(within(actorLink).getByTitle(paula.id)).toHaveTextContent("00000000…");
    // A long text is shortened in the list; the whole text is in its title.
    const description = screen.getByText(/^Offenes Café für Familien/);
    expect(description.textContent).toMatch(/…$/);
    expect(description).toHaveAttribute("title", expect.stringMatching(/Beratung und Austausch\. $/));

    expect(requests).toEqual([{ first: 50 }]);
  });

  it("filters by type, action and actor on the server and keeps the filter in the URL", async () => {
    useViewerHandler(paula);
    const requests = useChangesHandler({ first: { entries: [offerUpdate], totalCount: 1 } });
    const user = userEvent.setup();
    const { router } = renderApp("/verwaltung/aenderungen");
    await screen.findByRole("table");

    const entity = screen.getByRole("combobox", { name: "Objektart" });
    expect(
      within(entity)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual([
      "Alle Objektarten",
      "Organisation",
      "Angebot",
      "Kooperationsvereinbarung",
      "Programm",
      "Indikator",
      "Indikatorwert",
      "Maßnahmenkatalog",
      "Katalogversion",
      "Ziel",
      "Zielwert",
      "Ist-Wert",
      "Sozialraumkonferenz",
      "Benutzer",
    ]);
    await user.selectOptions(entity, "Angebot");
    await waitFor(() => expect(router.state.location.search).toBe("?entity=Offer"));
    await waitFor(() => expect(requests.at(-1)).toEqual({ filter: { entity: "Offer" }, first: 50 }));

    await user.selectOptions(screen.getByRole("combobox", { name: "Aktion" }), "Geändert");
    await waitFor(() => expect(router.state.location.search).toBe("?entity=Offer&action=UPDATE"));

    await user.type(screen.getByRole("textbox", { name: "Geändert von" }), "seed{Enter}");
    await waitFor(() => expect(router.state.location.search).toBe("?entity=Offer&actor=seed&action=UPDATE"));
    await waitFor(() =>
      expect(requests.at(-1)).toEqual({ filter: { entity: "Offer", actor: "seed", action: "UPDATE" }, first: 50 }),
    );
    await screen.findByRole("table");

    await user.click(screen.getByRole("button", { name: "Filter zurücksetzen" }));
    await waitFor(() => expect(router.state.location.search).toBe(""));
    expect(screen.getByRole("textbox", { name: "Geändert von" })).toHaveValue("");
    expect(screen.getByRole("combobox", { name: "Objektart" })).toHaveValue("");
  });

  it("takes the filter from the URL and filters by an actor from the table", async () => {
    useViewerHandler(paula);
    const requests = useChangesHandler({ first: { entries: [offerUpdate], totalCount: 1 } });
    const user = userEvent.setup();
    const { router } = renderApp("/verwaltung/aenderungen?entity=Offer&action=BOGUS");
    await screen.findByRole("table");
    expect(screen.getByRole("combobox", { name: "Objektart" })).toHaveValue("Offer");
    expect(screen.getByRole("combobox", { name: "Aktion" })).toHaveValue("");
    expect(requests[0]).toEqual({ filter: { entity: "Offer" }, first: 50 });

    await user.click(screen.getByRole("link", { name: "Nur Änderungen von 00000000… zeigen" }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get("actor")).toBe(paula.id));
    expect(screen.getByRole("textbox", { name: "Geändert von" })).toHaveValue(paula.id);
    await waitFor(() => expect(requests.at(-1)).toEqual({ filter: { entity: "Offer", actor: paula.id }, first: 50 }));
  });

  it("appends the next page when asked to load more", async () => {
    useViewerHandler(paula);
    const requests = useChangesHandler({
      first: { entries: [offerUpdate, offerCreate], totalCount: 1203, endCursor: "cursor-2" },
      "cursor-2": { entries: [programmeArchive], totalCount: 1203, endCursor: "cursor-1" },
    });
    const user = userEvent.setup();
    renderApp("/verwaltung/aenderungen?entity=Offer");
    await screen.findByRole("table");
    expect(rows()).toHaveLength(2);
    expect(screen.getByText("2 von 1.203 Änderungen")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Weitere laden" }));
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(rows().map((row) => row[3])).toEqual(["Geändert", "Angelegt", "Archiviert"]);
    expect(screen.getByText("3 von 1.203 Änderungen")).toBeInTheDocument();
    expect(requests.at(-1)).toEqual({ filter: { entity: "Offer" }, first: 50, after: "cursor-2" });

    // The button stays while there is more; it asks for the page after the last one loaded.
    await user.click(screen.getByRole("button", { name: "Weitere laden" }));
    await waitFor(() => expect(requests.at(-1)).toEqual({ filter: { entity: "Offer" }, first: 50, after: "cursor-1" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Weitere Änderungen konnten nicht geladen werden.");
    expect(rows()).toHaveLength(3);
  });

  it("keeps the loaded entries and says so when the next page fails", async () => {
    useViewerHandler(paula);
    useChangesHandler({
      first: { entries: [offerUpdate], totalCount: 2, endCursor: "cursor-3" },
      "cursor-3": () => HttpResponse.error(),
    });
    const user = userEvent.setup();
    renderApp("/verwaltung/aenderungen");
    await screen.findByRole("table");
    await user.click(screen.getByRole("button", { name: "Weitere laden" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Weitere Änderungen konnten nicht geladen werden.");
    expect(rows()).toHaveLength(1);
    expect(screen.getByRole("button", { name: "Weitere laden" })).toBeEnabled();
  });

  it("opens the detail of an entry with every field in full and the object's history", async () => {
    useViewerHandler(paula);
    useChangesHandler({ first: { entries: [offerUpdate, offerCreate], totalCount: 2 } });
    const historyRequests: unknown[] = [];
    server.use(
      graphql.query(EntityHistoryDocument, ({ variables }) => {
        historyRequests.push(variables);
        return HttpResponse.json({ data: { changeLog: [offerUpdate, offerCreate] } });
      }),
    );
    const user = userEvent.setup();
    renderApp("/verwaltung/aenderungen");
    await screen.findByRole("table");

    const toggle = screen.getByRole("button", { name: "Details zu Eintrag 3" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");

    const fields = screen.getByRole("table", { name: "Feldwerte von Eintrag 3" });
    const fieldRows = within(fields)
      .getAllByRole("row")
      .map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent));
    expect(fieldRows[0]).toEqual(["Feld", "Vorher", "Nachher"]);
    expect(fieldRows[1]).toEqual(["name", "Familiencafé", "Familiencafé Moabit"]);
    expect(fieldRows[2]).toEqual(["free", "Nein", "Ja"]);
    // In the detail the long text is whole.
    expect(fieldRows[3]?.[2]).toMatch(/Beratung und Austausch\. $/);
    expect(screen.getByText(paula.id)).toBeInTheDocument();
    expect(screen.getByText(offerId)).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Verlauf dieses Objekts zeigen" }));
    const history = await screen.findByRole("region", { name: "Verlauf dieses Objekts" });
    expect(await within(history).findByText("2 Einträge, die neuesten zuerst")).toBeInTheDocument();
    const items = within(history)
      .getAllByRole("listitem")
      .filter((item) => item.matches(".change-history__item"));
    expect(items.map((item) => item.getAttribute("aria-current"))).toEqual(["true", null]);
    expect(items[1]).toHaveTextContent("Angelegt");
    expect(historyRequests).toEqual([{ entity: "Offer", entityId: offerId }]);

    await user.click(toggle);
    expect(screen.queryByRole("table", { name: "Feldwerte von Eintrag 3" })).not.toBeInTheDocument();
  });

  it("shows admins the names of the actors", async () => {
    const ada = testViewer("ADMIN");
    useViewerHandler(ada);
    const roleChange = entry(4, {
      at: "2026-03-03T10:00:00.000Z",
      actor: ada.id,
      entity: "User",
      entityId: paula.id,
      action: "UPDATE",
      changes: { role: { from: "VIEWER", to: "PLANNER" } },
    });
    useChangesHandler({ first: { entries: [roleChange, offerUpdate, offerCreate], totalCount: 3 } });
    const users = [
      { __typename: "User", id: paula.id, name: paula.name, email: paula.email },
      { __typename: "User", id: ada.id, name: ada.name, email: ada.email },
    ];
    server.use(graphql.query(ChangeActorNamesDocument, () => HttpResponse.json({ data: { users } })));
    renderApp("/verwaltung/aenderungen");
    expect(await screen.findByRole("link", { name: "Nur Änderungen von Paula Planung zeigen" })).toBeInTheDocument();
    expect(screen.getByTitle(`${paula.email} · ${paula.id}`)).toHaveTextContent("Paula Planung");
    // A changed account is named too.
    expect(rows()[0]?.slice(1, 5)).toEqual([
      "Ada Admin",
      "Benutzer Paula Planung",
      "Geändert",
      "role: VIEWER → geändert zu PLANNER",
    ]);
    expect(rows()[2]?.[1]).toBe("seed");
    // Admins also get the sub-navigation of Verwaltung.
    expect(screen.getByRole("navigation", { name: "Bereiche der Verwaltung" })).toBeInTheDocument();
  });

  it("shows the time and labels in English", async () => {
    await changeLanguage("en");
    useViewerHandler(paula);
    useChangesHandler({ first: { entries: [offerUpdate], totalCount: 1 } });
    renderApp("/verwaltung/aenderungen");
    expect(await screen.findByRole("heading", { level: 1, name: "Change log" })).toBeInTheDocument();
    await screen.findByRole("table");
    expect(rows()[0]?.slice(0, 4)).toEqual(["Mar 2, 2026, 9:15 AM", "00000000…", "Service ID 30000000…", "Changed"]);
    expect(rows()[0]?.[4]).toContain("free: No → changed to Yes");
  });

  it("says so when nothing was recorded, or nothing matches", async () => {
    useViewerHandler(paula);
    useChangesHandler({ first: { entries: [], totalCount: 0 } });
    const first = renderApp("/verwaltung/aenderungen");
    expect(await screen.findByText("Es sind noch keine Änderungen erfasst.")).toBeInTheDocument();
    first.unmount();
    renderApp("/verwaltung/aenderungen?action=VERIFY");
    expect(await screen.findByText("Keine Änderung passt zum Filter.")).toBeInTheDocument();
  });

  it("explains a FORBIDDEN answer of the API", async () => {
    useViewerHandler(paula);
    useChangesHandler({ first: () => graphqlError("FORBIDDEN", "Not allowed") });
    renderApp("/verwaltung/aenderungen");
    expect(await screen.findByRole("alert")).toHaveTextContent("Für diese Daten fehlt Ihnen die Berechtigung.");
  });

  it("tells council staff and providers that it is not for them, without asking the API", async () => {
    const viewer = useViewerHandler(testViewer("VIEWER"));
    const requests = useChangesHandler({ first: { entries: [offerUpdate], totalCount: 1 } });
    const council = renderApp("/verwaltung/aenderungen");
    expect(await screen.findByRole("heading", { level: 1, name: "Keine Berechtigung" })).toBeInTheDocument();
    expect(
      screen.getByText(
        "Diese Seite steht nur diesen Rollen offen: „Sozialplanung“, „Administration“. Sie sind als Rita Rat mit der Rolle „Rat & Verwaltung“ angemeldet.",
      ),
    ).toBeInTheDocument();
    council.unmount();

    viewer.set(testViewer("PROVIDER"));
    renderApp("/verwaltung/aenderungen");
    expect(await screen.findByRole("heading", { level: 1, name: "Keine Berechtigung" })).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    expect(requests).toEqual([]);
  });

  it("sends the public to the sign-in page and back here afterwards", async () => {
    const requests = useChangesHandler({ first: { entries: [offerUpdate], totalCount: 1 } });
    const { router } = renderApp("/verwaltung/aenderungen?entity=Offer");
    expect(await screen.findByRole("heading", { level: 1, name: "Anmelden" })).toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).get("next")).toBe("/verwaltung/aenderungen?entity=Offer");
    expect(requests).toEqual([]);
  });
});
