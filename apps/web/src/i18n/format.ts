import { useMemo } from "react";
import { useTranslation } from "react-i18next";

export interface Formatters {
  /** A plain number in the active locale (German: 1.234,5). */
  number: (value: number, fractionDigits?: number) => string;
  /** Square metres shown as square kilometres, e.g. "2,29 km²"; null shows the no-value sign. */
  km2: (areaM2: number | null | undefined) => string;
  /** Date and time of an ISO timestamp in the active locale, e.g. "12.05.2026, 14:30". */
  dateTime: (iso: string) => string;
  /** Date of an ISO timestamp in the active locale, e.g. "12.05.2026". */
  date: (iso: string) => string;
}

/** Number and date formatters bound to the active language; they change when the language changes. */
export function useFormatters(): Formatters {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const byDigits = new Map<number, Intl.NumberFormat>();
    const format = (value: number, fractionDigits = 0) => {
      let formatter = byDigits.get(fractionDigits);
      if (!formatter) {
        formatter = new Intl.NumberFormat(locale, {
          minimumFractionDigits: fractionDigits,
          maximumFractionDigits: fractionDigits,
        });
        byDigits.set(fractionDigits, formatter);
      }
      return formatter.format(value);
    };
    const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
    const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
    return {
      number: format,
      dateTime: (iso) => dateTimeFormat.format(new Date(iso)),
      date: (iso) => dateFormat.format(new Date(iso)),
      km2: (areaM2) =>
        areaM2 === null || areaM2 === undefined
          ? t("common.noValue")
          : t("common.km2", { value: format(areaM2 / 1e6, 2) }),
    };
  }, [locale, t]);
}
