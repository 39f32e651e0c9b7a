import { useCallback } from "react";
import { useTranslation } from "react-i18next";

/** A waiting time as words: "45 Sekunden" below a minute, rounded-up minutes above. */
export function useDurationText(): (seconds: number) => string {
  const { t } = useTranslation();
  return useCallback(
    (seconds: number) =>
      seconds < 60
        ? t("duration.seconds", { count: Math.max(1, Math.ceil(seconds)) })
        : t("duration.minutes", { count: Math.ceil(seconds / 60) }),
    [t],
  );
}
