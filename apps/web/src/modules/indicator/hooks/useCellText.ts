import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/format.ts";
import type { ValueCell } from "../utils/values.ts";

/**
 * The text of a value in a table: the number in the active locale, or why there is none —
 * "geschützt: <reason>" for values withheld by disclosure control, the source's reason for
 * missing values, "nicht aus Anteilen berechenbar" where shares lack their counts.
 */
export function useCellText(): (cell: ValueCell | undefined, decimals: number) => string {
  const { t } = useTranslation();
  const format = useFormatters();
  return useCallback(
    (cell, decimals) => {
      if (!cell) return t("indicators.cell.NO_DATA");
      switch (cell.kind) {
        case "value":
          return cell.rounded
            ? t("indicators.cell.rounded", { value: format.number(cell.value, decimals) })
            : format.number(cell.value, decimals);
        case "suppressed":
          return t("indicators.cell.suppressed", { reason: cell.reason ?? t("indicators.cell.suppressedNoReason") });
        case "missing":
          return cell.reason ? t("indicators.cell.missing", { reason: cell.reason }) : t("indicators.cell.NO_DATA");
        case "none":
          return t(`indicators.cell.${cell.status}`);
      }
    },
    [t, format],
  );
}
