import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterAll, afterEach, beforeAll } from "vitest";
import { changeLanguage, loadPageTexts } from "../i18n/i18n.ts";
import { server } from "./server.ts";

beforeAll(async () => {
  server.listen({ onUnhandledRequest: "error" });
  // Components rendered on their own (without their route) need the pages' texts at once.
  await loadPageTexts();
});

afterEach(async () => {
  cleanup();
  server.resetHandlers();
  // Tests switch languages; every test starts in German with nothing remembered.
  await changeLanguage("de");
  localStorage.clear();
});

afterAll(() => server.close());
