import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { deShell } from "./de/shell.ts";

export const languages = ["de", "en"] as const;
export type Language = (typeof languages)[number];

const storageKey = "sozialatlas.language";

/**
 * The texts come in two parts: the shell's and the atlas's ("shell", small, needed for the
 * first screen) and those of every other page ("pages", most of the texts). Only the German
 * shell is bundled with the app; everything else loads when it is needed, so the first screen
 * carries only the texts it shows.
 */
type Part = "shell" | "pages";

const loaders: Record<Language, Record<Part, () => Promise<object>>> = {
  de: {
    shell: () => Promise.resolve(deShell),
    pages: () => import("./de/pages.ts").then((module) => module.dePages),
  },
  en: {
    shell: () => import("./en/shell.ts").then((module) => module.enShell),
    pages: () => import("./en/pages.ts").then((module) => module.enPages),
  },
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

const initial = storedLanguage() ?? "de";
/** The language asked for last: when texts arrive late, a later choice still wins. */
let requested: Language = initial;

/** Loads in progress or done, by language and part; the German shell is bundled. */
const loading = new Map<string, Promise<void>>([["de:shell", Promise.resolve()]]);

/** Loads one part of a language's texts once; later calls share the first load. */
function loadPart(language: Language, part: Part): Promise<void> {
  const id = `${language}:${part}`;
  let pending = loading.get(id);
  if (!pending) {
    pending = loaders[language][part]().then((texts) => {
      // Shallow: the parts have disjoint sections, and a deep merge would write into the bundled shell object.
      i18n.addResourceBundle(language, "translation", texts, false, true);
    });
    // A failed load (e.g. offline) may be tried again by the next page.
    pending.catch(() => loading.delete(id));
    loading.set(id, pending);
  }
  return pending;
}

/** Whether a page other than the atlas was asked for: from then on every language needs its page texts. */
let pagesWanted = false;

/** Makes sure the texts a language needs so far are loaded. */
async function loadLanguage(language: Language): Promise<void> {
  await Promise.all([loadPart(language, "shell"), ...(pagesWanted ? [loadPart(language, "pages")] : [])]);
}

/**
 * Loads the texts of the pages (all but the atlas) in the current language. Every page but the
 * atlas waits for this before it renders; the atlas calls it after its first map, so the texts
 * are there before someone opens another page.
 */
export function loadPageTexts(): Promise<void> {
  pagesWanted = true;
  return loadLanguage(requested);
}

void i18n.use(initReactI18next).init({
  resources: { de: { translation: deShell } },
  partialBundledLanguages: true,
  lng: "de",
  fallbackLng: "de",
  supportedLngs: [...languages],
  // The shell's texts are bundled, so initialisation can finish synchronously before the first render.
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  // A key without a text is a bug (or a page that rendered before its texts arrived): say so.
  saveMissing: true,
  missingKeyHandler: (_languages, _namespace, key) => console.error(`Missing text: ${key}`),
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
