import { useTranslation } from "react-i18next";
import type { Locale } from "../../../generated/graphql.ts";

/** The API's locale for texts it writes (method sheets, exclusion reasons) in the active language. */
export function useApiLocale(): Locale {
  const { i18n } = useTranslation();
  return (i18n.resolvedLanguage ?? i18n.language) === "en" ? "EN" : "DE";
}
