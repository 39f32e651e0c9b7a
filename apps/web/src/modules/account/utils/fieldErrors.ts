import type { TFunction } from "i18next";
import type { FieldError } from "../../../lib/apollo.ts";

/**
 * The API validates with English messages (packages/domain); the ones people meet in these
 * forms are shown in the user's language, anything else as the API wrote it.
 */
export function localiseFieldError(t: TFunction, message: string): string {
  const atLeast = /^must have at least (\d+) characters$/.exec(message);
  if (atLeast) return t("form.server.minLength", { count: Number(atLeast[1]) });
  const atMost = /^must have at most (\d+) characters$/.exec(message);
  if (atMost) return t("form.server.maxLength", { count: Number(atMost[1]) });
  switch (message) {
    case "is required":
      return t("form.server.required");
    case "is not an e-mail address":
      return t("form.server.email");
    case "is too long":
      return t("form.server.tooLong");
    case "is already used by another account":
      return t("form.server.emailTaken");
    case "is not your current password":
      return t("form.server.notCurrentPassword");
    case "unknown organisation":
    case "is not an id":
      return t("form.server.unknownOrganisation");
    default:
      return message;
  }
}

/**
 * Field errors by the form field they belong to: "organisationIds.2" belongs to the
 * organisations field. The first message per field wins.
 */
export function fieldErrorsByField(t: TFunction, errors: readonly FieldError[]): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const error of errors) {
    const field = error.field.split(".")[0] ?? error.field;
    byField[field] ??= localiseFieldError(t, error.message);
  }
  return byField;
}
