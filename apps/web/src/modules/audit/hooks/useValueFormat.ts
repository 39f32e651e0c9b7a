import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { ValueFormat } from "../utils/changeRows.ts";

/** How recorded values read in the active language; changes when the language changes. */
export function useValueFormat(): ValueFormat {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
    // A calendar date is the same day everywhere: format it in UTC, where it was parsed.
    const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
    // No digit grouping: years, codes and ids ("2026", "0110") must not read as "2.026".
    const number = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 10 });
    return {
      dateTime: (iso) => dateTime.format(new Date(iso)),
      date: (isoDate) => date.format(new Date(`${isoDate}T00:00:00Z`)),
      number: (value) => number.format(value),
      yes: t("audit.value.yes"),
      no: t("audit.value.no"),
      none: t("audit.value.none"),
      emptyText: t("audit.value.emptyText"),
      emptyList: t("audit.value.emptyList"),
    };
  }, [locale, t]);
}
