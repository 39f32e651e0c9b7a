// The editor checks with the API's own rules (packages/domain/src/offer.ts), so what the
// browser accepts the API accepts too. Imported only by the lazy editor page: zod and the
// schema stay out of the first screen.
import { offerInputSchema } from "@sozialatlas/domain/offer";
import type { TFunction } from "i18next";
import type { FieldError } from "../../../lib/apollo.ts";
import { fieldKey, type OfferFormValues, valuesToInput } from "./offerForm.ts";

/** Problems by form field key ("name", "locations.0.latitude"); the first message per field wins. */
export type OfferErrors = Record<string, string>;

/** Checks the form's values with offerInputSchema: every problem by field path, none when the offer is valid. */
export function validateOffer(values: OfferFormValues): FieldError[] {
  const result = offerInputSchema.safeParse(valuesToInput(values));
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ field: fieldKey(issue.path), message: issue.message }));
}

/** Field errors (from the schema or the API's `fieldErrors`) by form field, in the user's language. */
export function offerErrorsByField(t: TFunction, errors: readonly FieldError[]): OfferErrors {
  const byField: OfferErrors = {};
  for (const error of errors) {
    const key = fieldKey(error.field.split("."));
    byField[key] ??= localiseOfferError(t, error.message);
  }
  return byField;
}

/**
 * The schema's English messages (packages/domain) in the user's language; anything not known
 * here is shown as the API wrote it.
 */
export function localiseOfferError(t: TFunction, message: string): string {
  const patterns: Array<[RegExp, (match: RegExpExecArray) => string]> = [
    [/^is required$/, () => t("form.required")],
    [/^must be between (\d+) and (\d+)$/, (m) => t("offerAdmin.errors.between", { min: m[1], max: m[2] })],
    [/^must be a number$/, () => t("offerAdmin.errors.number")],
    [/^must be (from|a whole number from) 1 \(Monday\)/, () => t("offerAdmin.errors.weekday")],
    [/^must be a whole number/, () => t("offerAdmin.errors.wholeNumber")],
    [/^must not be negative$/, () => t("offerAdmin.errors.negative")],
    [/^must be a time HH:MM/, () => t("offerAdmin.errors.time")],
    [/^must be later than opensAt \((.+)\)$/, (m) => t("offerAdmin.errors.closesAfter", { opensAt: m[1] })],
    [/^must be a German postal code/, () => t("offerAdmin.errors.postalCode")],
    [/^must be a two-letter ISO 639-1/, () => t("offerAdmin.errors.language")],
    [/^must not be below minAge \((\d+)\)$/, (m) => t("offerAdmin.errors.maxAgeBelowMin", { minAge: m[1] })],
    [/^must not exceed capacityMax \((\d+)\)$/, (m) => t("offerAdmin.errors.capacityExceeded", { capacityMax: m[1] })],
    [/^say what the offer costs/, () => t("offerAdmin.errors.costDescription")],
    [
      /^(must have at most|must be at most|at most) (\d+) characters$/,
      (m) => t("form.server.maxLength", { count: Number(m[2]) }),
    ],
    [/^at most (\d+) entries$/, (m) => t("offerAdmin.errors.tooMany", { count: Number(m[1]) })],
    [/^must not be empty$/, () => t("offerAdmin.errors.emptyEntry")],
    [/^must be a web address/, () => t("offerAdmin.errors.url")],
    [/^must be an e-mail address/, () => t("form.invalidEmail")],
    [/^must be a phone number/, () => t("offerAdmin.errors.phone")],
    [/^must be a date YYYY-MM-DD$/, () => t("offerAdmin.errors.date")],
    [/^must not be before validFrom/, () => t("offerAdmin.errors.dateOrder")],
    [
      /^(no organisation with this id|must be the id of a organisation|unknown organisation)/,
      () => t("form.server.unknownOrganisation"),
    ],
    [/^must be one of/, () => t("offerAdmin.errors.choice")],
  ];
  for (const [pattern, translate] of patterns) {
    const match = pattern.exec(message);
    if (match) return translate(match);
  }
  return message;
}
