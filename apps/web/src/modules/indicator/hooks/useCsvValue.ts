import type { CsvCell } from "@sozialatlas/domain/csv";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { csvValue } from "../utils/csv.ts";
import type { ValueCell } from "../utils/values.ts";
import { useCellText } from "./useCellText.ts";

/** A cell as two CSV columns in the active language: the value at full precision and a note. */
export function useCsvValue(): (cell: ValueCell | undefined) => [CsvCell, string] {
  const { t } = useTranslation();
  const cellText = useCellText();
  return useCallback(
    (cell) => csvValue(cell, (empty) => cellText(empty, 0), t("indicators.csv.rounded")),
    [t, cellText],
  );
}
