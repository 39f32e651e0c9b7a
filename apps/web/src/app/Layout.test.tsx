import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderApp } from "../test/renderApp.tsx";

const navLabels = () =>
  within(screen.getByRole("navigation", { name: /Hauptnavigation|Main navigation/ }))
    .getAllByRole("link")
    .map((link) => link.textContent);

describe("App shell", () => {
  it("has the product name and German navigation to every section", async () => {
    renderApp("/indikatoren");
    expect(await screen.findByRole("heading", { level: 1, name: "Indikatoren" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Sozialatlas" })).toHaveAttribute("href", "/");
    expect(navLabels()).toEqual([
      "Atlas",
      "Gebiete",
      "Indikatoren",
      "Programme",
      "Träger & Angebote",
      "Maßnahmen",
      "Berichte",
    ]);
    expect(screen.getByRole("link", { name: "Indikatoren" })).toHaveAttribute("aria-current", "page");
    expect(screen.getByText("In Vorbereitung")).toBeInTheDocument();
  });

  it("switches to English, remembers the choice and sets the document language", async () => {
    const user = userEvent.setup();
    renderApp("/programme");
    await screen.findByRole("heading", { level: 1, name: "Programme" });

    await user.click(screen.getByRole("button", { name: "EN" }));

    expect(navLabels()).toEqual([
      "Atlas",
      "Areas",
      "Indicators",
      "Programmes",
      "Providers & services",
      "Measures",
      "Reports",
    ]);
    expect(screen.getByRole("heading", { level: 1, name: "Programmes" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "EN" })).toHaveAttribute("aria-pressed", "true");
    expect(document.documentElement.lang).toBe("en");
    expect(localStorage.getItem("sozialatlas.language")).toBe("en");

    await user.click(screen.getByRole("button", { name: "DE" }));
    expect(navLabels()).toContain("Gebiete");
    expect(document.documentElement.lang).toBe("de");
  });

  it("shows a not-found page for unknown addresses", async () => {
    renderApp("/gibt-es-nicht");
    expect(await screen.findByRole("heading", { level: 1, name: "Seite nicht gefunden" })).toBeInTheDocument();
    expect(screen.getByText(/„\/gibt-es-nicht“/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Zum Atlas" })).toHaveAttribute("href", "/");
  });
});
