import type { TFunction } from "i18next";
import type { FieldError } from "../../../lib/apollo.ts";

/**
 * The API's messages for indicator definitions (packages/domain, English) in the user's
 * language; messages not known here are shown as the API wrote them.
 */
export function localiseIndicatorError(t: TFunction, message: string): string {
  const atMostChars = /^use at most (\d+) characters$/.exec(message);
  if (atMostChars) return t("indicators.form.server.maxLength", { count: Number(atMostChars[1]) });
  const atLeast = /^must be at least (\d+)$/.exec(message);
  if (atLeast) return t("indicators.form.server.min", { min: Number(atLeast[1]) });
  const atMost = /^must be at most (\d+)$/.exec(message);
  if (atMost) return t("indicators.form.server.max", { max: Number(atMost[1]) });
  if (/^an indicator with key .+ already exists$/.test(message)) return t("indicators.form.server.keyTaken");
  if (message.startsWith("use lower-case letters")) return t("indicators.form.server.keyPattern");
  if (message.startsWith("enter ")) return t("form.required");
  switch (message) {
    case "use a whole number of decimal places":
    case "must be a whole number":
      return t("indicators.form.server.wholeNumber");
    case "cannot be negative":
      return t("indicators.form.server.notNegative");
    default:
      return message;
  }
}

/** Field errors by their full path ("disclosure.minCount"); the first message per field wins. */
export function indicatorErrorsByField(t: TFunction, errors: readonly FieldError[]): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const error of errors) byField[error.field] ??= localiseIndicatorError(t, error.message);
  return byField;
}
