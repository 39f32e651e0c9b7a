import "i18next";
import type { GermanMessages } from "./messages.ts";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: GermanMessages };
  }
}
