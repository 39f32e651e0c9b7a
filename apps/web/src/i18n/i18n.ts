import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { de } from "./de.ts";
import { en } from "./en.ts";

export const languages = ["de", "en"] as const;
export type Language = (typeof languages)[number];

const storageKey = "sozialatlas.language";
const resources = { de: { translation: de }, en: { translation: en } };

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (languages as readonly string[]).includes(value);
}

function storedLanguage(): Language | undefined {
  try {
    const value = globalThis.localStorage?.getItem(storageKey);
    return isLanguage(value) ? value : undefined;
  } catch {
    // Storage can be disabled (privacy settings); German is then the default.
    return undefined;
  }
}

/** The app's one i18next instance; German unless the user chose another language before. */
export const i18n = i18next.createInstance();

i18n.on("languageChanged", (lng) => {
  if (typeof document !== "undefined") document.documentElement.lang = lng;
});

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage() ?? "de",
  fallbackLng: "de",
  supportedLngs: [...languages],
  // Resources are bundled, so initialisation can finish synchronously before the first render.
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Switches the language and remembers the choice for the next visit. */
export async function changeLanguage(language: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(storageKey, language);
  } catch {
    // Not persisting the choice is acceptable; switching still works for this visit.
  }
  await i18n.changeLanguage(language);
}
