import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterAll, afterEach, beforeAll } from "vitest";
import { changeLanguage } from "../i18n/i18n.ts";
import { server } from "./server.ts";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));

afterEach(async () => {
  cleanup();
  server.resetHandlers();
  // Tests switch languages; every test starts in German with nothing remembered.
  await changeLanguage("de");
  localStorage.clear();
});

afterAll(() => server.close());
