import { useMemo } from "react";
import { useTranslation } from "react-i18next";

/**
 * Formats a Stichtag ("2020-12-31") in the active language. A Stichtag is a calendar day, not
 * a moment: it is formatted in UTC so that no time zone moves it to the day before.
 */
export function useStichtagFormat(): (date: string) => string {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
    return (date: string) => {
      const parsed = new Date(`${date}T00:00:00Z`);
      return Number.isNaN(parsed.getTime()) ? date : format.format(parsed);
    };
  }, [locale]);
}
