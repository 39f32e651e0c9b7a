import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { de, type Messages } from "./de.ts";

export const languages = ["de", "en"] as const;
export type Language = (typeof languages)[number];

const storageKey = "sozialatlas.language";

// German is bundled; other languages load when they are chosen, so the first screen carries
// only the texts it shows (the English texts are as large as the German ones).
const loaders: Record<Exclude<Language, "de">, () => Promise<Messages>> = {
  en: () => import("./en.ts").then((module) => module.en),
};

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

/** Makes sure the texts of a language are loaded (German always is). */
async function loadLanguage(language: Language): Promise<void> {
  if (language === "de" || i18n.hasResourceBundle(language, "translation")) return;
  i18n.addResourceBundle(language, "translation", await loaders[language]());
}

const initial = storedLanguage() ?? "de";
/** The language asked for last: when texts arrive late, a later choice still wins. */
let requested: Language = initial;

void i18n.use(initReactI18next).init({
  resources: { de: { translation: de } },
  partialBundledLanguages: true,
  lng: "de",
  fallbackLng: "de",
  supportedLngs: [...languages],
  // Resources are bundled, so initialisation can finish synchronously before the first render.
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

// Someone who chose English before sees English from the first render: the app waits for the texts.
if (initial !== "de") {
  await loadLanguage(initial);
  await i18n.changeLanguage(initial);
}

/** Switches the language (loading its texts first) and remembers the choice for the next visit. */
export async function changeLanguage(language: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(storageKey, language);
  } catch {
    // Not persisting the choice is acceptable; switching still works for this visit.
  }
  requested = language;
  await loadLanguage(language);
  if (requested === language) await i18n.changeLanguage(language);
}
