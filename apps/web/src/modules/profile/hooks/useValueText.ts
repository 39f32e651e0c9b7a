import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { Locale } from "../../../generated/graphql.ts";
import { useFormatters } from "../../../i18n/format.ts";
import type { ValueState } from "../utils/values.ts";

/** The language the API should write its texts in (reasons of suppression and exclusion). */
export function useApiLocale(): Locale {
  const { i18n } = useTranslation();
  return (i18n.resolvedLanguage ?? i18n.language) === "en" ? "EN" : "DE";
}

/**
 * A value or the reason why there is none, as text for a table cell: the number in the
 * indicator's decimals, "geschützt: <reason>", "kein Wert: <reason>", "nicht aus Anteilen
 * berechenbar", …
 */
export function useValueText(): (state: ValueState, decimals: number) => string {
  const { t } = useTranslation();
  const format = useFormatters();
  return useCallback(
    (state, decimals) => {
      switch (state.kind) {
        case "value": {
          const text = format.number(state.value, decimals);
          return state.rounded ? t("profile.values.rounded", { value: text }) : text;
        }
        case "protected":
          return state.reason
            ? t("profile.values.protected", { reason: state.reason })
            : t("profile.values.protectedPlain");
        case "missing":
          return state.reason
            ? t("profile.values.missing", { reason: state.reason })
            : t("profile.values.missingPlain");
        case "countsMissing":
          return t("profile.values.countsMissing");
        case "notAggregatable":
          return t("profile.values.notAggregatable");
        case "noData":
          return t("profile.values.noData");
      }
    },
    [format, t],
  );
}
