import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { AreaLevel } from "../../../generated/graphql.ts";
import type { ReferenceLine } from "../utils/references.ts";

/** The legend and column label of a reference line; a median says so. */
export function useReferenceLabel(level: AreaLevel): (line: ReferenceLine) => string {
  const { t } = useTranslation();
  return useCallback(
    (line) => {
      const areas = t(`levels.${level}.other`);
      if (line.kind === "area") {
        return line.scope === "city"
          ? t("indicators.reference.city", { name: line.name })
          : t("indicators.reference.district", { name: line.name });
      }
      return line.scope === "city"
        ? t("indicators.reference.cityMedian", { areas })
        : t("indicators.reference.districtMedian", { areas, name: line.name });
    },
    [t, level],
  );
}

/** Axis ticks: at most two decimals, in the active locale; large numbers short (3,8 Mio.). */
export function useTickFormat(): (value: number) => string {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    const compact = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
    return (value: number) => (Math.abs(value) >= 100_000 ? compact.format(value) : plain.format(value));
  }, [locale]);
}
